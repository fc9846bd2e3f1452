/** Screenshots for people to look at (e2e/screenshots/, git-ignored), in light and dark. */
import { expect, snap, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test(`sign-in and shell (${scheme})`, async ({ page, signIn }) => {
      await page.goto('/login');
      await expect(page.getByRole('list', { name: 'Demo accounts' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-mui-color-scheme', scheme);
      await snap(page, `sign-in-${scheme}`);
      await signIn('admin', '/organizations');
      await expect(page.getByRole('link', { name: 'Research Lab' })).toBeVisible();
      await snap(page, `shell-${scheme}`);
      await page.getByRole('button', { name: 'Account menu for admin' }).click();
      await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeVisible();
      await snap(page, `account-menu-${scheme}`);
    });
  });
}

/** Screenshots for people to look at (e2e/screenshots/, git-ignored), in light and dark. */
import { expect, look, test } from './fixtures';

test('sign-in, shell and account menu look right in light and dark', async ({ page, signIn }) => {
  await page.goto('/login');
  await expect(page.getByRole('list', { name: 'Demo accounts' })).toBeVisible();
  await look(page, 'sign-in', { axe: true });
  await signIn('admin', '/organizations');
  await expect(page.getByRole('link', { name: 'Research Lab' })).toBeVisible();
  await look(page, 'shell', { axe: true });
  await page.getByRole('button', { name: 'Account menu for admin' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeVisible();
  await look(page, 'account-menu');
});

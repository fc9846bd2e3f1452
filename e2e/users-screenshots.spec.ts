/** Screenshots of the Users pages and every users dialog, light and dark (e2e/screenshots/). */
import { expect, snap, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`users ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test(`users page, builder and dialogs (${scheme})`, async ({ page, signIn }) => {
      test.setTimeout(120_000);
      await signIn('admin', '/users');
      await expect(page.getByText(/^1–25 of/)).toBeVisible();
      await snap(page, `users-${scheme}`);
      await page.getByRole('button', { name: 'Add filter' }).click();
      await page.getByLabel('Filter key').click();
      await expect(page.getByRole('option', { name: /last_seen_before/ })).toBeVisible();
      await snap(page, `users-filter-builder-${scheme}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.goto('/users?filter=alice');
      const dialogs: [string, RegExp, string][] = [
        ['Suspend…', /Suspend alice/, 'suspend'],
        ['Reset password…', /Reset password/, 'reset-password'],
        ['Edit roles…', /Site roles/, 'roles'],
        ['Delete…', /Delete alice/, 'delete'],
      ];
      for (const [item, title, name] of dialogs) {
        await page.getByRole('button', { name: 'More actions for alice' }).click();
        await page.getByRole('menuitem', { name: item }).click();
        await expect(page.getByRole('dialog', { name: title })).toBeVisible();
        await snap(page, `users-dialog-${name}-${scheme}`);
        await page.getByRole('button', { name: 'Cancel' }).click();
        await expect(page.getByRole('dialog')).toBeHidden();
      }
      await page.getByRole('button', { name: 'Create user' }).click();
      await expect(page.getByLabel('Username')).toBeVisible();
      await snap(page, `users-dialog-create-${scheme}`);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('checkbox', { name: 'Select alice' }).check();
      await page
        .getByRole('region', { name: 'Bulk actions' })
        .getByRole('button', { name: 'Suspend' })
        .click();
      await expect(page.getByRole('dialog', { name: /Suspend 1 selected user/ })).toBeVisible();
      await snap(page, `users-dialog-bulk-${scheme}`);
      await page.getByRole('button', { name: /^Suspend 1$/ }).click();
      await expect(page.getByRole('dialog').getByRole('status')).toHaveText('1 suspended.');
      await snap(page, `users-dialog-bulk-result-${scheme}`);
      await page.getByRole('button', { name: 'Done' }).click();

      await page.goto('/users/orgadmin');
      await expect(page.getByRole('list', { name: 'Organizations' })).toBeVisible();
      await snap(page, `user-page-${scheme}`);
      await page.goto('/account');
      await expect(page.getByRole('form', { name: 'Change password' })).toBeVisible();
      await snap(page, `account-${scheme}`);
    });
  });
}

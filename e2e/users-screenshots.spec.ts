/** Screenshots of the Users pages and every users dialog, light and dark (e2e/screenshots/). */
import { expect, look, test } from './fixtures';

test('users page, builder and dialogs look right in light and dark', async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn('admin', '/users');
  await expect(page.getByText(/^1–25 of/)).toBeVisible();
  await look(page, 'users');
  await page.getByRole('button', { name: 'Add filter' }).click();
  await page.getByLabel('Filter key').click();
  await expect(page.getByRole('option', { name: /last_seen_before/ })).toBeVisible();
  await look(page, 'users-filter-builder');
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
    await look(page, `users-dialog-${name}`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
  await look(page, 'users-dialog-create');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('checkbox', { name: 'Select alice' }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Suspend' }).click();
  await expect(page.getByRole('dialog', { name: /Suspend 1 selected user/ })).toBeVisible();
  await look(page, 'users-dialog-bulk');
  await page.getByRole('button', { name: /^Suspend 1$/ }).click();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('1 suspended.');
  await look(page, 'users-dialog-bulk-result');
  await page.getByRole('button', { name: 'Done' }).click();

  await page.goto('/users/orgadmin');
  await expect(page.getByRole('list', { name: 'Organizations' })).toBeVisible();
  await look(page, 'user-page');
  await page.goto('/account');
  await expect(page.getByRole('form', { name: 'Change password' })).toBeVisible();
  await look(page, 'account');
});

/** Users administration: row actions, create, bulk and export, each as a role that may and one that may not. */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type U = { id: string; username: string; status: string; roles: { name: string }[] };
const row = (page: Page, username: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: username, exact: true }) });
const openMenu = async (page: Page, username: string) => {
  await page.getByRole('button', { name: `More actions for ${username}` }).click();
  return page.getByRole('menu');
};

test('a user admin suspends and activates; the suspended user cannot sign in', async ({
  page,
  signIn,
  api,
  loginElsewhere,
}) => {
  await signIn('useradmin', '/users?filter=alice');
  await (await openMenu(page, 'alice')).getByRole('menuitem', { name: /Suspend/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Suspend alice?' });
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'alice').getByText('Suspended')).toBeVisible();
  expect(((await api('GET', '/api/v2/users/alice')).body as U).status).toBe('suspended');

  await (await openMenu(page, 'alice')).getByRole('menuitem', { name: 'Activate…' }).click();
  await page
    .getByRole('dialog', { name: 'Activate alice?' })
    .getByRole('button', { name: 'Activate' })
    .click();
  await expect(row(page, 'alice').getByText('Active')).toBeVisible();

  // Nobody suspends themselves or an owner: the menu says why, the server refuses too.
  await page.goto('/users?filter=role:owner,user-admin');
  const own = await openMenu(page, 'useradmin');
  await expect(own.getByRole('menuitem', { name: /You cannot suspend yourself/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  expect((await api('PUT', '/api/v2/users/admin/status/suspend')).body).toMatchObject({
    message: 'You cannot suspend a user with the "owner" role. You must remove the role first.',
  });

  expect((await api('PUT', '/api/v2/users/bob/status/suspend')).status).toBe(200);
  const refused = await loginElsewhere('bob');
  expect(refused.status).toBe(401);
  expect(refused.body).toMatchObject({
    message: 'Your account is suspended. Contact an admin to reactivate your account.',
  });
});

test('reset password: generated, copied, applied; the user signs in with it', async ({
  page,
  context,
  signIn,
  loginElsewhere,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn('useradmin', '/users?filter=bob');
  await (await openMenu(page, 'bob')).getByRole('menuitem', { name: 'Reset password…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset password for bob' });
  const field = dialog.getByLabel('Temporary password');
  const temp = await field.inputValue();
  expect(temp.length).toBeGreaterThanOrEqual(16);
  await dialog.getByRole('button', { name: 'Copy password' }).click();
  await expect(dialog.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temp);
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await expect(dialog).toBeHidden();
  expect((await loginElsewhere('bob')).status).toBe(401);
  expect((await loginElsewhere('bob', temp)).status).toBe(201);
});

test('roles: an owner grants Auditor; a user admin sees Owner disabled and is refused', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', '/users?filter=alice');
  await (await openMenu(page, 'alice')).getByRole('menuitem', { name: 'Edit roles…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Site roles for alice' });
  await expect(dialog.getByRole('checkbox', { name: /Member/ })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Auditor/ }).check();
  await dialog.getByRole('button', { name: 'Save roles' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'alice').getByText('Auditor')).toBeVisible();
  expect(((await api('GET', '/api/v2/users/alice/roles')).body as { roles: string[] }).roles).toEqual([
    'auditor',
  ]);

  await signIn('useradmin', '/users?filter=bob');
  // No site role is assignable by a user admin: the action is off instead of a dialog of disabled boxes.
  await expect((await openMenu(page, 'bob')).getByRole('menuitem', { name: 'Edit roles…' })).toBeDisabled();
  await page.keyboard.press('Escape');
  expect((await api('PUT', '/api/v2/users/bob/roles', { roles: ['owner'] })).status).toBe(403);
});

test('delete: typed confirmation by an owner; refused for an auditor', async ({ page, signIn, api }) => {
  await signIn('admin', '/users');
  const made = await api('POST', '/api/v2/users', {
    username: 'temp-person',
    email: 'temp@example.com',
    password: 'Temp-Person-Password-1',
    organization_ids: ['00000000-0000-0000-0000-000000000000'],
  });
  expect(made.status).toBe(201);
  await page.goto('/users?filter=temp-person');
  await (await openMenu(page, 'temp-person')).getByRole('menuitem', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete temp-person?' });
  await expect(dialog.getByRole('button', { name: 'Delete user' })).toBeDisabled();
  await dialog.getByLabel('Username', { exact: true }).fill('temp-person');
  await dialog.getByRole('button', { name: 'Delete user' }).click();
  await expect(page.getByText('No users match this filter')).toBeVisible();
  expect((await api('GET', '/api/v2/users/temp-person')).status).toBe(404);

  await signIn('auditor', '/users?filter=carol');
  await expect(row(page, 'carol')).toBeVisible();
  expect((await api('DELETE', '/api/v2/users/carol')).status).toBe(403);
});

test('create: validations keep what was typed; a service account needs no email or password', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('useradmin', '/users');
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByRole('textbox', { name: /^Username/ }).fill('Not Valid');
  await dialog.getByRole('textbox', { name: /^Email/ }).fill('nope');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText(/Use letters, numbers and single hyphens/)).toBeVisible();
  await expect(dialog.getByText('Enter a valid email address.')).toBeVisible();
  await dialog.getByRole('textbox', { name: /^Username/ }).fill('dana');
  await dialog.getByRole('textbox', { name: /^Email/ }).fill('dana@example.com');
  await dialog.getByLabel(/^Password/).fill('password');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText(/insecure password/).first()).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: /^Username/ })).toHaveValue('dana');
  await dialog.getByLabel(/^Password/).fill('Dana-Strong-Password-2024');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/users\/dana$/);
  expect((await api('GET', '/api/v2/users/dana')).body).toMatchObject({
    status: 'dormant',
    login_type: 'password',
  });

  await page.goto('/users');
  await page.getByRole('button', { name: 'Create user' }).click();
  await dialog.getByRole('textbox', { name: /^Username/ }).fill('deploy-bot');
  await dialog.getByLabel('Full name').fill('Deploy bot');
  await dialog.getByRole('checkbox', { name: /Service account/ }).check();
  await expect(dialog.getByRole('textbox', { name: /^Email/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/users\/deploy-bot$/);
  expect((await api('GET', '/api/v2/users/deploy-bot')).body).toMatchObject({
    is_service_account: true,
    login_type: 'none',
    email: '',
  });

  await signIn('auditor', '/users');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create user' })).toHaveCount(0);
});

test('bulk suspend with a partial failure names each failure', async ({ page, signIn, api }) => {
  await signIn('admin', '/users?filter=role:owner,user-admin');
  await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await bar.getByRole('button', { name: 'Suspend' }).click();
  const dialog = page.getByRole('dialog', { name: /Suspend \d+ selected users/ });
  await dialog.getByRole('button', { name: /^Suspend \d+$/ }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ suspended, 1 failed\.$/);
  const failures = dialog.getByRole('list', { name: 'Failures' });
  await expect(failures).toContainText('You cannot suspend yourself.');
  const ua = (await api('GET', '/api/v2/users/useradmin')).body as U;
  expect(ua.status).toBe('suspended');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(row(page, 'useradmin').getByText('Suspended')).toBeVisible();
});

test('bulk "all matching" adds a role to every user the filter matches', async ({ page, signIn, api }) => {
  await signIn('admin', '/users?filter=login_type:github&pageSize=25');
  const count = ((await api('GET', '/api/v2/users?q=login_type:github&limit=1')).body as { count: number })
    .count;
  await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  if (count > 25)
    await bar.getByRole('button', { name: `Select all ${count} users matching this filter` }).click();
  await bar.getByRole('button', { name: 'Add role' }).click();
  await page.getByRole('menuitem', { name: 'Template Admin' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: new RegExp(`^Add Template Admin to ${count}$`) }).click();
  await expect(dialog.getByRole('status')).toHaveText(`${count} given Template Admin.`);
  const after = (await api('GET', '/api/v2/users?q=login_type:github%20role:template-admin&limit=1'))
    .body as {
    count: number;
  };
  expect(after.count).toBe(count);
});

test('export writes every matching user (all pages) to CSV', async ({ page, signIn, api }) => {
  await signIn('auditor', '/users?filter=status:active');
  const expected = ((await api('GET', '/api/v2/users?q=status:active')).body as { users: U[] }).users;
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  await expect(page.getByRole('dialog', { name: 'Export users' }).getByRole('status')).toHaveText(
    `Exported ${expected.length.toLocaleString('en-US')} users to ${file.suggestedFilename()}.`,
  );
  const text = fs.readFileSync(await file.path(), 'utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'username,name,email,status,roles,login_type,service_account,last_seen_at,created_at,organization_count,id',
  );
  expect(lines).toHaveLength(expected.length + 1);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expected.map((u) => u.username));
});

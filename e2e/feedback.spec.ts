/** Issue #15 §3–4: steady tables, bulk confirmations that name who, discard guards, the access review, keyboard. */
import type { Page } from '@playwright/test';
import { expect, look, test } from './fixtures';

type U = { username: string; status: string };

const firstRowY = async (page: Page, table: string) => {
  const box = await page.getByRole('table', { name: table }).getByRole('row').nth(1).boundingBox();
  return box?.y;
};

test('ticking a row never moves the table, on users and on workspaces', async ({ page, signIn }) => {
  await signIn('admin', '/users');
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar).toContainText('Tick users');
  const before = await firstRowY(page, 'Users');
  await page.getByRole('table', { name: 'Users' }).getByRole('checkbox').nth(1).check();
  await expect(bar).toContainText('1 selected');
  await expect(bar.getByRole('button', { name: 'Suspend' })).toBeVisible();
  expect(await firstRowY(page, 'Users')).toBe(before);
  const barHeight = (await bar.boundingBox())?.height;
  await look(page, 'feedback-users-selected-1440');
  // Selecting the whole page offers "all matching" in the same strip: still no movement.
  await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
  await expect(bar.getByRole('button', { name: /Select all [\d,]+ users matching/ })).toBeVisible();
  expect(await firstRowY(page, 'Users')).toBe(before);

  await page.goto('/workspaces?filter=');
  const wsBar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(wsBar).toContainText('Tick workspaces');
  const wsBefore = await firstRowY(page, 'Workspaces');
  await page.getByRole('table', { name: 'Workspaces' }).getByRole('checkbox').nth(1).check();
  await expect(wsBar).toContainText('1 workspace selected');
  expect(await firstRowY(page, 'Workspaces')).toBe(wsBefore);
  // One component: the same height in both lists.
  expect((await wsBar.boundingBox())?.height).toBe(barHeight);
  await look(page, 'feedback-workspaces-selected-1440');

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/users');
  const phoneBefore = await firstRowY(page, 'Users');
  await page.getByRole('table', { name: 'Users' }).getByRole('checkbox').nth(1).check();
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toContainText('1 selected');
  expect(await firstRowY(page, 'Users')).toBe(phoneBefore);
  await look(page, 'feedback-users-selected-360');
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Actions' }).click();
  await expect(page.getByRole('menuitem', { name: 'Suspend' })).toBeVisible();
  await look(page, 'feedback-users-actions-menu-360');
});

test('bulk confirmations name who is affected: the first few and "and N more"', async ({
  page,
  signIn,
  api,
}) => {
  // Both on the first page of everyone (a selection belongs to the filter and page it was made under).
  await signIn('admin', '/users?filter=');
  await page.getByRole('checkbox', { name: 'Select alice' }).check();
  await page.getByRole('checkbox', { name: 'Select bob' }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Suspend' }).click();
  let dialog = page.getByRole('dialog', { name: 'Suspend 2 selected users' });
  await expect(dialog).toContainText('Users: alice and bob');
  await dialog.getByRole('button', { name: 'Suspend 2' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 suspended.');
  for (const u of ['alice', 'bob'])
    expect(((await api('GET', `/api/v2/users/${u}`)).body as U).status).toBe('suspended');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.goto('/users?pageSize=25');
  await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Activate' }).click();
  dialog = page.getByRole('dialog', { name: 'Activate 25 selected users' });
  await expect(dialog).toContainText(/Users: \S+, \S+, \S+, \S+ and 21 more/);
  await look(page, 'feedback-bulk-confirm-1440');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.goto('/workspaces?filter=');
  await page.getByRole('checkbox', { name: 'Select all workspaces on this page' }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete…' }).click();
  const del = page.getByRole('dialog', { name: /^Delete \d+ workspaces\?$/ });
  await expect(del).toContainText(/Workspaces: \S+\/\S+, \S+\/\S+, \S+\/\S+, \S+\/\S+ and \d+ more/);
  await del.getByRole('button', { name: 'Cancel' }).click();
});

test('the access tab shows each person once with the highest role, the paths, flags; search and CSV', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', '/workspaces');
  const found = (await api('GET', '/api/v2/workspaces?q=name:staging-env')).body as {
    workspaces: { id: string; name: string; owner_name: string }[];
  };
  const ws = found.workspaces.find((w) => w.name === 'staging-env')!;
  const alice = (await api('GET', '/api/v2/users/alice')).body as { id: string };
  // alice reaches it through Frontend (use); sharing with her directly as admin adds a second path.
  expect(
    (await api('PATCH', `/api/v2/workspaces/${ws.id}/acl`, { user_roles: { [alice.id]: 'admin' } })).status,
  ).toBe(204);
  expect((await api('PUT', '/api/v2/users/alice/status/suspend')).status).toBe(200);

  await page.goto(`/@${ws.owner_name}/staging-env?tab=access`);
  const table = page.getByRole('table', { name: 'Access review' });
  const aliceRows = table.getByRole('row').filter({ hasText: 'alice' });
  await expect(aliceRows).toHaveCount(1);
  await expect(aliceRows).toContainText('Admin');
  await expect(aliceRows).toContainText('Directly (admin), Group Frontend (use)');
  await expect(aliceRows).toContainText('Suspended');
  await look(page, 'feedback-access-1440');

  await page.getByRole('textbox', { name: 'Search people' }).fill('alice');
  await expect(table.getByRole('row')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${ws.owner_name}-staging-env-access.csv`);
  const fs = await import('node:fs');
  const lines = fs
    .readFileSync(await file.path(), 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('username,name,status,effective_role,paths');
  expect(lines.slice(1)).toEqual([
    expect.stringMatching(/^alice,[^,]*,suspended,admin,Directly \(admin\); Group Frontend \(use\)$/),
  ]);

  await page.getByRole('textbox', { name: 'Search people' }).fill('');
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(aliceRows).toHaveCount(1);
  await look(page, 'feedback-access-360');
});

test('small things: plurals, "last seen Never" on one line, steady columns, visible template icons', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', '/users');
  const made = await api('POST', '/api/v2/users', {
    username: 'newbie',
    email: 'newbie@example.com',
    password: 'Some-Long-Password-99',
    organization_ids: ['00000000-0000-0000-0000-000000000000'],
  });
  expect(made.status).toBe(201);

  // One plural helper: "1 membership", never "1 memberships".
  await page.goto('/users/newbie');
  await expect(page.getByText('1 membership', { exact: true })).toBeVisible();
  await expect(page.getByText(/\b1 (memberships|groups|workspaces)\b/)).toHaveCount(0);
  // "last seen" and "Never" share a line.
  const never = page.getByText('Never', { exact: true });
  const lastSeen = page.getByText(/last seen/);
  await expect(never).toBeVisible();
  const [a, b] = [await lastSeen.boundingBox(), await never.boundingBox()];
  expect(Math.abs((a?.y ?? 0) + (a?.height ?? 0) - ((b?.y ?? 0) + (b?.height ?? 0)))).toBeLessThan(4);
  expect(a?.height).toBeLessThan(30);
  await look(page, 'feedback-user-page-1440');

  // Columns keep their widths whatever the filter shows, and dates stay on one line at 1440 px.
  const widths = async (table: string) =>
    page
      .getByRole('table', { name: table })
      .getByRole('columnheader')
      .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().width)));
  await page.goto('/users');
  await expect(page.getByRole('row', { name: /alice/ })).toBeVisible();
  const all = await widths('Users');
  await page.goto('/users?filter=status%3Asuspended');
  await expect(page.getByRole('row', { name: /suspended/ }).first()).toBeVisible();
  expect(await widths('Users')).toEqual(all);
  // The Last seen and Created cells' text each sits on one line (one distinct line top per cell).
  const lines = await page
    .getByRole('table', { name: 'Users' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.flatMap((r) =>
        [...r.querySelectorAll('td')].slice(-3, -1).map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((x) => Math.round(x.top))).size;
        }),
      ),
    );
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.filter((n) => n !== 1)).toEqual([]);

  await page.goto('/workspaces?filter=');
  await expect(page.getByRole('row', { name: /alice-dev/ })).toBeVisible();
  const wsAll = await widths('Workspaces');
  await page.goto('/workspaces?filter=owner%3Aalice');
  await expect(page.getByRole('row', { name: /alice-dev/ })).toBeVisible();
  expect(await widths('Workspaces')).toEqual(wsAll);

  // A dark template tile keeps a visible edge on dark rows.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-mui-color-scheme', 'dark');
  const ring = await page
    .getByRole('table', { name: 'Workspaces' })
    .locator('tbody [data-variant="rounded"]')
    .first()
    .evaluate((el) => getComputedStyle(el).boxShadow);
  expect(ring).not.toBe('none');
  await page.emulateMedia({ colorScheme: 'light' });
  await look(page, 'feedback-workspaces-1440');
});

test('keyboard: a skip link first, a visible focus ring, Share opens in its search field', async ({
  page,
  signIn,
}) => {
  await signIn('admin', '/users');
  await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await look(page, 'feedback-skip-link-1440');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  // The next Tab lands inside the page, not in the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeFocused();
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);

  // The ring: a solid outline of at least 2px, in the primary colour, on keyboard focus.
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.color).toBe('rgb(37, 99, 235)');
  await look(page, 'feedback-focus-ring-1440');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const checkboxRing = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const target = el.closest('.MuiButtonBase-root') ?? el;
    return getComputedStyle(target).outlineStyle;
  });
  expect(checkboxRing).toBe('solid');

  // Share: opened from the keyboard, typing goes straight into the search field.
  await page.goto('/workspaces?filter=name%3Astaging-env');
  await page.getByRole('link', { name: 'staging-env' }).click();
  await expect(page.getByRole('table', { name: 'Recent builds' })).toBeVisible();
  const share = page.getByRole('button', { name: 'Share' });
  await expect(share).toBeEnabled();
  await share.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share staging-env' });
  await expect(dialog.getByRole('combobox', { name: 'Add people or groups' })).toBeFocused();
  await page.keyboard.type('carol');
  await expect(page.getByRole('option', { name: /carol/ }).first()).toBeVisible();
  await look(page, 'feedback-share-focus-1440');

  await page.setViewportSize({ width: 360, height: 740 });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.goto('/users');
  await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await look(page, 'feedback-skip-link-360');
});

test('Create user: Escape closes a clean form, asks before discarding a filled one', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', '/users');
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await expect(dialog.getByLabel(/Username/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Create user' }).click();
  await dialog.getByLabel(/Username/).fill('halfway');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(ask).toBeVisible();
  await look(page, 'feedback-discard-ask-1440');
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.getByLabel(/Username/)).toHaveValue('halfway');
  // A click outside asks as well.
  await page.mouse.click(5, 5);
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  expect((await api('GET', '/api/v2/users/halfway')).status).toBe(404);
});

test('group members: several added in one dialog and one request', async ({ page, signIn, api }) => {
  await signIn('admin', '/organizations/coder/groups');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: /^Name/ }).fill('pair');
  await page.getByRole('dialog').getByRole('button', { name: 'Create group' }).click();
  await expect(page).toHaveURL(/\/groups\/coder\/pair$/);
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().includes('/api/v2/groups/')) patches.push(r.postData() ?? '');
  });
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add members to pair' });
  const field = dialog.getByRole('combobox', { name: 'Members' });
  for (const who of ['alice', 'bob', 'carol']) {
    await field.fill(who);
    await page.getByRole('option', { name: new RegExp(`${who}@example\\.com`) }).click();
  }
  await look(page, 'feedback-group-add-several-1440');
  await dialog.getByRole('button', { name: 'Add 3 to group' }).click();
  await expect(dialog).toBeHidden();
  for (const who of ['alice', 'bob', 'carol'])
    await expect(page.getByRole('row', { name: new RegExp(who) })).toBeVisible();
  expect(patches).toHaveLength(1);
  const g = (await api('GET', '/api/v2/organizations/coder/groups/pair')).body as {
    members: { username: string }[];
  };
  expect(g.members.map((m) => m.username).sort()).toEqual(['alice', 'bob', 'carol']);
});

test('side nav marks Groups on group pages; sign-in demo rows fill the form', async ({ page, signIn }) => {
  await page.goto('/login');
  const list = page.getByRole('list', { name: 'Demo accounts' });
  await expect(list.getByText('useradmin@example.com')).toBeVisible();
  await look(page, 'feedback-login-1440');
  await list.getByRole('button', { name: 'Fill in useradmin@example.com' }).click();
  await expect(page.getByLabel('Email')).toHaveValue('useradmin@example.com');
  await expect(page.getByLabel('Password')).toHaveValue('SomeSecurePassword!');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Account menu for useradmin' })).toBeVisible();

  await signIn('admin', '/organizations/coder/groups');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Groups' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Organizations' })).not.toHaveAttribute('aria-current', 'page');
  await page.goto('/organizations/coder/members');
  await expect(nav.getByRole('link', { name: 'Organizations' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Groups' })).not.toHaveAttribute('aria-current', 'page');

  await page.setViewportSize({ width: 360, height: 740 });
  await page.context().clearCookies({ name: 'coder_session_token' });
  await page.goto('/login');
  await expect(list).toBeVisible();
  await look(page, 'feedback-login-360');
});

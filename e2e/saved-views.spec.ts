/**
 * Issue #17 §2: saved views. A person filters users, saves the view, applies it, manages views (rename,
 * reorder, delete, export, import), opens a view's link in a fresh tab, and finds views kept per list and
 * per user. Views live in localStorage, so "what the server state became" is what the browser stored.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoSidewaysScroll, look, test } from './fixtures';

type UsersBody = { users: { username: string }[]; count: number };
type Stored = {
  version: number;
  views: Record<string, { name: string; filter: string; pageSize: number }[]>;
};

const search = (page: Page) => page.getByLabel('Search users');
const rowsPerPage = (page: Page) => page.getByRole('combobox', { name: 'Rows per page' });
const userRows = (page: Page) => page.getByRole('table', { name: 'Users' }).getByRole('row');

async function openViews(page: Page) {
  await page.getByRole('button', { name: 'Saved views' }).click();
  const menu = page.getByRole('menu', { name: 'Saved views' });
  await expect(menu).toBeVisible();
  return menu;
}

async function saveView(page: Page, name: string) {
  await (await openViews(page)).getByRole('menuitem', { name: 'Save current view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save view' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** The signed-in browser's stored views (one localStorage entry per deployment and user). */
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('coder-admin:saved-views:'))
      .map((k) => ({ key: k, value: JSON.parse(localStorage.getItem(k) ?? '{}') as Stored })),
  );

test('save, apply, manage, export and import saved views; each is a link; per list and per user', async ({
  page,
  context,
  signIn,
  api,
}, testInfo) => {
  await signIn('admin', '/users');
  const active = ((await api('GET', '/api/v2/users?q=status:active&limit=1')).body as UsersBody).count;
  expect(active, 'the seed has more than 25 active users').toBeGreaterThan(25);

  // Filter (typed) and 50 rows per page, then save that as a view.
  await search(page).fill('status:active');
  await expect(page).toHaveURL(/filter=status%3Aactive/);
  await rowsPerPage(page).selectOption('50');
  await expect(page).toHaveURL(/pageSize=50/);
  await saveView(page, 'Active, 50');
  await expect(page.getByText('Saved the view “Active, 50”.')).toBeVisible();

  // Another filter and page size; then the view, by clicking it, brings both back.
  await search(page).fill('role:owner');
  await expect(page).toHaveURL(/filter=role%3Aowner/);
  await rowsPerPage(page).selectOption('25');
  await expect(page).not.toHaveURL(/pageSize/);
  await saveView(page, 'Owners');
  await (await openViews(page)).getByRole('menuitem', { name: /Active, 50/ }).click();
  await expect(search(page)).toHaveValue('status:active');
  await expect(rowsPerPage(page)).toHaveValue('50');
  await expect(page.getByText(`1–50 of ${active.toLocaleString('en-US')}`)).toBeVisible();
  await expect(userRows(page)).toHaveCount(51); // header + 50
  const [mine] = await stored(page);
  expect(mine?.value.views.users?.map((v) => [v.name, v.filter, v.pageSize])).toEqual([
    ['Active, 50', 'status:active', 50],
    ['Owners', 'role:owner', 25],
  ]);

  // Manage: rename, move by keyboard, export, delete, import the export back, and a bad file.
  await (await openViews(page)).getByRole('menuitem', { name: 'Manage views…' }).click();
  const manager = page.getByRole('dialog', { name: 'Manage saved views' });
  const list = manager.getByRole('list', { name: 'Saved views' });
  await manager.getByRole('button', { name: 'Rename Active, 50' }).click();
  await manager.getByRole('textbox', { name: 'New name for Active, 50' }).fill('Active people');
  await page.keyboard.press('Enter');
  await expect(manager.getByRole('status')).toHaveText('Renamed “Active, 50” to “Active people”.');
  await manager.getByRole('button', { name: 'Move Owners up' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveText([/^Owners/, /^Active people/]);
  await expect(manager.getByRole('button', { name: 'Move Owners down' })).toBeFocused();

  const download = page.waitForEvent('download');
  await manager.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('saved-views-users.json');
  const exported = testInfo.outputPath('saved-views-users.json');
  await file.saveAs(exported);
  expect(JSON.parse(fs.readFileSync(exported, 'utf8'))).toMatchObject({
    scope: 'users',
    views: [
      { name: 'Owners', filter: 'role:owner', pageSize: 25 },
      { name: 'Active people', filter: 'status:active', pageSize: 50 },
    ],
  });

  await manager.getByRole('button', { name: 'Delete Owners' }).click();
  await expect(list.getByRole('listitem')).toHaveText([/^Active people/]);

  const importFile = async (path: string) => {
    const chooser = page.waitForEvent('filechooser');
    await manager.getByRole('button', { name: 'Import JSON…' }).click();
    await (await chooser).setFiles(path);
  };
  const bad = testInfo.outputPath('not-views.json');
  fs.writeFileSync(bad, '{"format": "coder-admin-saved-views", "views": [');
  await importFile(bad);
  await expect(manager.getByRole('alert')).toContainText(
    'Could not import “not-views.json”: This file is not JSON',
  );
  await importFile(exported);
  await expect(manager.getByRole('status')).toHaveText(
    'Imported 2 views (1 replaced a view of the same name).',
  );
  await expect(manager.getByRole('alert')).toBeHidden();
  await expect(list.getByRole('listitem')).toHaveText([/^Active people/, /^Owners/]);
  await manager.getByRole('button', { name: 'Done' }).click();
  await expect(manager).toBeHidden();
  expect((await stored(page))[0]?.value.views.users?.map((v) => v.name)).toEqual(['Active people', 'Owners']);

  // A view is a link: its URL, opened in a fresh tab, shows the same filter and page size.
  const href = await (
    await openViews(page)
  )
    .getByRole('menuitem', { name: /Active people/ })
    .getAttribute('href');
  await page.keyboard.press('Escape');
  expect(href).toBe('/users?filter=status%3Aactive&pageSize=50');
  const tab = await context.newPage();
  await tab.goto(href ?? '');
  await expect(search(tab)).toHaveValue('status:active');
  await expect(rowsPerPage(tab)).toHaveValue('50');
  await expect(userRows(tab)).toHaveCount(51);
  await tab.close();

  // Views belong to their list: the workspaces list has none of these.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click();
  await expect(page.getByRole('heading', { name: 'Workspaces', level: 1 })).toBeVisible();
  const wsViews = await openViews(page);
  await expect(wsViews.getByRole('menuitem', { name: /Active people|Owners/ })).toHaveCount(0);
  await expect(wsViews.getByText('No saved views yet')).toBeVisible();
  await page.keyboard.press('Escape');

  // Another person signing in to this browser sees none of them; the first person's are still stored.
  await page.getByRole('button', { name: 'Account menu for admin' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole('button', { name: 'Sign in as useradmin', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(search(page)).toBeVisible();
  const theirs = await openViews(page);
  await expect(theirs.getByText('No saved views yet')).toBeVisible();
  await expect(theirs.getByRole('menuitem', { name: /Active people|Owners/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  const all = await stored(page);
  expect(all).toHaveLength(1);
  expect(all[0]?.key).toBe(mine?.key);

  // At 360 px the manager fits: no sideways scroll, every row's buttons in view.
  await saveView(page, 'A view with a rather long name to wrap');
  const saved = page.getByRole('alert').filter({ hasText: 'Saved the view' });
  await saved.getByRole('button', { name: 'Close' }).click();
  await expect(saved).toBeHidden();
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('button', { name: 'Saved views' })).toBeInViewport({ ratio: 1 });
  await look(page, 'phone-users-saved-views-button');
  await (await openViews(page)).getByRole('menuitem', { name: 'Manage views…' }).click();
  await expect(manager.getByRole('button', { name: /^Delete A view/ })).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page, 'the saved views manager');
  await look(page, 'phone-saved-views');
});

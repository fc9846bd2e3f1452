/**
 * Undo and optimistic updates (issue #17 §4). Each reversible action: the page shows the result while the
 * request is still held at the network (so it came from the cache, not the answer), the snackbar offers
 * an Undo named for it, and Undo puts both the page and the server back. Failures roll the page back and
 * show the server's message, for the action and for its Undo.
 */
import type { Page, Route } from '@playwright/test';
import { expect, look, test } from './fixtures';

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;
type U = { id: string; status: string; roles: { name: string }[] };
type Member = { roles: { name: string }[] };
type Group = { id: string; members: { username: string }[] };
type Acl = { users: { username: string; role: string }[] };

const FAULT = { status: 500, json: { message: 'Fault 500: internal error.', detail: 'pq: deadlock' } };

/**
 * Holds `method` requests to `url` until `release()`; then they go on to the server, or get `answer`.
 * `arrived` resolves when the first one reached the route.
 */
async function hold(page: Page, method: string, url: RegExp, answer?: (r: Route) => Promise<void>) {
  let release = () => undefined as void;
  const gate = new Promise<void>((r) => (release = r));
  let arrive = () => undefined as void;
  const arrived = new Promise<void>((r) => (arrive = r));
  await page.route(url, async (route) => {
    if (route.request().method() !== method) return route.fallback();
    arrive();
    await gate;
    return answer ? answer(route) : route.fallback();
  });
  return { arrived, release };
}

/** A table row by the link or text it holds, also while a modal dialog hides the page from the tree. */
const row = (page: Page, name: RegExp) => page.getByRole('row', { name, includeHidden: true });
const userRow = (page: Page, username: string) =>
  page
    .getByRole('row', { includeHidden: true })
    .filter({ has: page.getByRole('link', { name: username, exact: true, includeHidden: true }) });
const undo = (page: Page, what: string) => page.getByRole('button', { name: `Undo ${what}`, exact: true });
const notice = (page: Page, text: string | RegExp) => page.getByRole('alert').filter({ hasText: text });
const userMenu = async (page: Page, username: string, item: string | RegExp) => {
  await page.getByRole('button', { name: `More actions for ${username}` }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
};
const status = async (api: Api, u: string) => ((await api('GET', `/api/v2/users/${u}`)).body as U).status;
const siteRoles = async (api: Api, u: string) =>
  ((await api('GET', `/api/v2/users/${u}/roles`)).body as { roles: string[] }).roles;

async function acmeWithCarol(api: Api) {
  expect((await api('POST', '/api/v2/organizations', { name: 'acme' })).status).toBe(201);
  expect((await api('POST', '/api/v2/organizations/acme/members/carol')).status).toBe(200);
}
const carolInAcme = (api: Api) => api('GET', '/api/v2/organizations/acme/members/carol');

async function crew(api: Api, org: string, ...usernames: string[]) {
  const made = await api('POST', `/api/v2/organizations/${org}/groups`, { name: 'crew' });
  expect(made.status).toBe(201);
  const id = (made.body as Group).id;
  const ids = await Promise.all(
    usernames.map(async (u) => ((await api('GET', `/api/v2/users/${u}`)).body as U).id),
  );
  if (ids.length) expect((await api('PATCH', `/api/v2/groups/${id}`, { add_users: ids })).status).toBe(200);
  return id;
}
const groupMembers = async (api: Api, org: string) =>
  ((await api('GET', `/api/v2/organizations/${org}/groups/crew`)).body as Group).members.map(
    (m) => m.username,
  );

test('suspend from the users list shows at once; Undo activates again', async ({ page, signIn, api }) => {
  await signIn('useradmin', '/users?filter=alice');
  await userMenu(page, 'alice', /Suspend/);
  const dialog = page.getByRole('dialog', { name: 'Suspend alice?' });
  const held = await hold(page, 'PUT', /\/status\/suspend$/);
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await held.arrived;
  await expect(userRow(page, 'alice').getByText('Suspended')).toHaveCount(1);
  held.release();
  await expect(dialog).toBeHidden();
  await expect(notice(page, 'alice is suspended.')).toBeVisible();
  expect(await status(api, 'alice')).toBe('suspended');
  await look(page, 'undo-snackbar', { axe: true });

  await undo(page, 'suspend alice').click();
  await expect(userRow(page, 'alice').getByText('Active')).toBeVisible();
  await expect(notice(page, 'alice is active again.')).toBeVisible();
  expect(await status(api, 'alice')).toBe('active');
});

test('activate on the user page shows at once; Undo suspends again, also by keyboard', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('useradmin', 'about:blank');
  expect((await api('PUT', '/api/v2/users/bob/status/suspend')).status).toBe(200);
  await page.goto('/users/bob');
  const header = page.getByRole('main', { includeHidden: true });
  await expect(header.getByText('Suspended')).toBeVisible();
  await userMenu(page, 'bob', 'Activate…');
  const held = await hold(page, 'PUT', /\/status\/activate$/);
  await page.getByRole('dialog', { name: 'Activate bob?' }).getByRole('button', { name: 'Activate' }).click();
  await held.arrived;
  await expect(header.getByText('Active', { exact: true })).toHaveCount(1);
  held.release();
  await expect(notice(page, 'bob is active again.')).toBeVisible();
  expect(await status(api, 'bob')).toBe('active');

  // The Undo is a Tab stop (the snackbar holds still while it has focus)…
  const button = undo(page, 'activate bob');
  for (let i = 0; i < 60 && !(await button.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  // …and Ctrl+Z (outside text fields) runs it.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(notice(page, 'bob is suspended again.')).toBeVisible();
  await expect(header.getByText('Suspended')).toBeVisible();
  expect(await status(api, 'bob')).toBe('suspended');
});

test('a site role change shows at once; Undo puts the previous roles back', async ({ page, signIn, api }) => {
  await signIn('admin', '/users?filter=alice');
  await userMenu(page, 'alice', 'Edit roles…');
  const dialog = page.getByRole('dialog', { name: 'Site roles for alice' });
  await dialog.getByRole('checkbox', { name: /Auditor/ }).check();
  const held = await hold(page, 'PUT', /\/users\/[^/]+\/roles$/);
  await dialog.getByRole('button', { name: 'Save roles' }).click();
  await held.arrived;
  await expect(userRow(page, 'alice').getByText('Auditor')).toHaveCount(1);
  held.release();
  await expect(dialog).toBeHidden();
  expect(await siteRoles(api, 'alice')).toEqual(['auditor']);

  await undo(page, 'site role change for alice').click();
  await expect(notice(page, 'Site roles of alice are back as they were.')).toBeVisible();
  await expect(userRow(page, 'alice').getByText('Auditor')).toHaveCount(0);
  expect(await siteRoles(api, 'alice')).toEqual([]);
});

test('an organization role change shows at once; Undo puts the previous roles back', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', 'about:blank');
  await acmeWithCarol(api);
  await page.goto('/organizations/acme/members');
  await page.getByRole('button', { name: 'Edit roles of carol' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: /Organization Auditor/ }).check();
  const held = await hold(page, 'PUT', /\/members\/[^/]+\/roles$/);
  await dialog.getByRole('button', { name: 'Save roles' }).click();
  await held.arrived;
  await expect(row(page, /carol/).getByText('Organization Auditor')).toHaveCount(1);
  held.release();
  await expect(dialog).toBeHidden();
  expect(((await carolInAcme(api)).body as Member).roles.map((r) => r.name)).toEqual([
    'organization-auditor',
  ]);

  await undo(page, 'role change for carol').click();
  await expect(notice(page, 'Roles of carol are back as they were.')).toBeVisible();
  await expect(row(page, /carol/).getByText('Organization Auditor')).toHaveCount(0);
  expect(((await carolInAcme(api)).body as Member).roles).toEqual([]);
});

test('adding an organization member shows at once; Undo removes them', async ({ page, signIn, api }) => {
  await signIn('admin', 'about:blank');
  expect((await api('POST', '/api/v2/organizations', { name: 'acme' })).status).toBe(201);
  await page.goto('/organizations/acme/members');
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('User').fill('carol');
  await page
    .getByRole('option')
    .filter({ has: page.getByText('carol', { exact: true }) })
    .click();
  const held = await hold(page, 'POST', /\/organizations\/[^/]+\/members\/[^/]+$/);
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await held.arrived;
  await expect(row(page, /carol/)).toHaveCount(1);
  held.release();
  await expect(dialog).toBeHidden();
  expect((await carolInAcme(api)).status).toBe(200);

  await undo(page, 'add carol').click();
  await expect(notice(page, 'carol is no longer a member of acme.')).toBeVisible();
  await expect(row(page, /carol/)).toHaveCount(0);
  expect((await carolInAcme(api)).status).toBe(404);
});

test('removing an organization member shows at once; Undo adds them back with their roles and groups', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', 'about:blank');
  await acmeWithCarol(api);
  const roles = { roles: ['organization-auditor'] };
  expect((await api('PUT', '/api/v2/organizations/acme/members/carol/roles', roles)).status).toBe(200);
  await crew(api, 'acme', 'carol');
  await page.goto('/organizations/acme/members');
  await expect(row(page, /carol/).getByText('crew')).toBeVisible();
  await page.getByRole('button', { name: 'Remove carol' }).click();
  const held = await hold(page, 'DELETE', /\/organizations\/[^/]+\/members\/[^/]+$/);
  await page
    .getByRole('dialog', { name: 'Remove carol?' })
    .getByRole('button', { name: 'Remove member' })
    .click();
  await held.arrived;
  await expect(row(page, /carol/)).toHaveCount(0);
  held.release();
  await expect(notice(page, 'carol removed from acme.')).toBeVisible();
  expect((await carolInAcme(api)).status).toBe(404);
  expect(await groupMembers(api, 'acme')).toEqual([]);

  await undo(page, 'remove carol').click();
  await expect(notice(page, 'carol is a member of acme again.')).toBeVisible();
  await expect(row(page, /carol/).getByText('Organization Auditor')).toBeVisible();
  await expect(row(page, /carol/).getByText('crew')).toBeVisible();
  expect(((await carolInAcme(api)).body as Member).roles.map((r) => r.name)).toEqual([
    'organization-auditor',
  ]);
  expect(await groupMembers(api, 'acme')).toEqual(['carol']);
});

test('group membership: adding and removing show at once; each Undo reverses it', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', 'about:blank');
  await crew(api, 'coder', 'alice');
  await page.goto('/groups/coder/crew');
  await expect(row(page, /alice/)).toBeVisible();

  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Members').fill('bob');
  await page
    .getByRole('option')
    .filter({ has: page.getByText('bob', { exact: true }) })
    .click();
  let held = await hold(page, 'PATCH', /\/api\/v2\/groups\/[^/]+$/);
  await dialog.getByRole('button', { name: 'Add to group' }).click();
  await held.arrived;
  await expect(row(page, /bob/)).toHaveCount(1);
  held.release();
  await expect(dialog).toBeHidden();
  expect(await groupMembers(api, 'coder')).toEqual(['alice', 'bob']);
  await undo(page, 'add bob to crew').click();
  await expect(notice(page, 'bob is no longer in crew.')).toBeVisible();
  await expect(row(page, /bob/)).toHaveCount(0);
  expect(await groupMembers(api, 'coder')).toEqual(['alice']);

  await page.unrouteAll();
  await page.getByRole('button', { name: 'Remove alice from group' }).click();
  held = await hold(page, 'PATCH', /\/api\/v2\/groups\/[^/]+$/);
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from group' }).click();
  await held.arrived;
  await expect(row(page, /alice/)).toHaveCount(0);
  held.release();
  await expect(notice(page, 'alice removed from crew.')).toBeVisible();
  expect(await groupMembers(api, 'coder')).toEqual([]);
  await undo(page, 'remove alice from crew').click();
  await expect(notice(page, 'alice is back in crew.')).toBeVisible();
  await expect(row(page, /alice/)).toBeVisible();
  expect(await groupMembers(api, 'coder')).toEqual(['alice']);
});

test("a sharee's role: saved at once; Undo in the dialog, and in the snackbar once it closes", async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', '/@oncall-sre/staging-env');
  const ws = (await api('GET', '/api/v2/users/oncall-sre/workspace/staging-env')).body as { id: string };
  const bobsRole = async () =>
    ((await api('GET', `/api/v2/workspaces/${ws.id}/acl`)).body as Acl).users.find(
      (u) => u.username === 'bob',
    )?.role;
  expect(await bobsRole()).toBe('admin');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share staging-env' });
  const bob = dialog.getByRole('listitem', { name: 'bob' });
  const setRole = async (role: RegExp) => {
    await bob.getByRole('combobox').click();
    await page.getByRole('option', { name: role }).click();
  };

  // Saved: the list holds the new role as the saved one (no "Changed") before the server answered.
  await setRole(/^use/);
  await expect(bob.getByText('Changed')).toBeVisible();
  const held = await hold(page, 'PATCH', /\/workspaces\/[^/]+\/acl$/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await held.arrived;
  await expect(bob.getByText('Changed')).toHaveCount(0);
  await expect(bob.getByRole('combobox')).toHaveText('use');
  held.release();
  await expect(dialog.getByText('Sharing saved.')).toBeVisible();
  expect(await bobsRole()).toBe('use');

  // Undo inside the dialog (the page behind it is out of reach while it is open).
  await undo(page, 'sharing changes to staging-env').click();
  await expect(dialog.getByText('Sharing changes undone.')).toBeVisible();
  await expect(bob.getByRole('combobox')).toHaveText('admin');
  expect(await bobsRole()).toBe('admin');

  // Saved again and closed: the snackbar offers the Undo.
  await setRole(/^use/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Sharing saved.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(notice(page, 'Sharing of staging-env saved.')).toBeVisible();
  expect(await bobsRole()).toBe('use');
  await undo(page, 'sharing changes to staging-env').click();
  await expect(notice(page, 'Sharing of staging-env is back as it was.')).toBeVisible();
  expect(await bobsRole()).toBe('admin');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(bob.getByRole('combobox')).toHaveText('admin');
});

test('a failed suspend rolls the page back and shows the message; a failed Undo does too', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('useradmin', '/users?filter=alice');
  await userMenu(page, 'alice', /Suspend/);
  const dialog = page.getByRole('dialog', { name: 'Suspend alice?' });
  const failing = await hold(page, 'PUT', /\/status\/suspend$/, (r) => r.fulfill(FAULT));
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await failing.arrived;
  await expect(userRow(page, 'alice').getByText('Suspended')).toHaveCount(1);
  failing.release();
  await expect(dialog.getByText('Fault 500: internal error.')).toBeVisible();
  await expect(userRow(page, 'alice').getByText('Active')).toHaveCount(1);
  expect(await status(api, 'alice')).toBe('active');
  await page.unrouteAll();

  // It goes through; then the server refuses the Undo: the page goes back to suspended and says why.
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await expect(dialog).toBeHidden();
  const refused = await hold(page, 'PUT', /\/status\/activate$/, (r) => r.fulfill(FAULT));
  await page.setViewportSize({ width: 360, height: 800 });
  await undo(page, 'suspend alice').click();
  await refused.arrived;
  await expect(userRow(page, 'alice').getByText('Active')).toBeVisible();
  refused.release();
  await expect(notice(page, 'Could not undo suspend alice: Fault 500: internal error.')).toBeVisible();
  await look(page, 'undo-failed-360', { axe: true });
  await expect(userRow(page, 'alice').getByText('Suspended')).toBeVisible();
  expect(await status(api, 'alice')).toBe('suspended');
});

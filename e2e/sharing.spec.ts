import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, PASSWORD, test } from './fixtures';

/** A second person in their own browser context, on the same mock tenant, its console watched too. */
async function personIn(
  browser: Browser,
  baseURL: string,
  tenant: string,
  username: string,
  watch: (context: BrowserContext) => Promise<void>,
) {
  const context = await browser.newContext({ baseURL });
  await watch(context);
  await context.addCookies([
    { name: 'mock_tenant', value: tenant, domain: new URL(baseURL).hostname, path: '/' },
  ]);
  const res = await context.request.post('/api/v2/users/login', {
    data: { email: `${username}@example.com`, password: PASSWORD },
  });
  expect(res.status()).toBe(201);
  return { context, page: await context.newPage() };
}

const WS = '/@oncall-sre/oncall-workspace';

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share oncall-workspace' });
  await expect(dialog.getByRole('listitem', { name: 'oncall-sre (owner)' })).toBeVisible();
  return dialog;
}

async function addSharee(page: Page, dialog: ReturnType<Page['getByRole']>, text: string, option: RegExp) {
  await dialog.getByLabel('Add people or groups').fill(text);
  await page.getByRole('option', { name: option }).click();
}

test('a service account’s workspace shared with a person and a group, used, re-shared and rotated', async ({
  page,
  signIn,
  api,
  browser,
  baseURL,
  tenant,
  consoleGuard,
}) => {
  test.setTimeout(90_000);
  const contexts: BrowserContext[] = [];
  await signIn('admin', '/workspaces');
  await api('POST', '/__mock/deployment', { build_timing: { pending_ms: 300, running_ms: 700 } });

  // Admin creates the workspace for the service account.
  await page.getByRole('button', { name: 'Create workspace' }).click();
  const create = page.getByRole('dialog', { name: 'Create workspace' });
  await create.getByRole('combobox', { name: 'Template' }).click();
  await page.getByRole('option', { name: 'On-call toolbox' }).click();
  await create.getByLabel('Name').fill('oncall-workspace');
  await create.getByRole('combobox', { name: 'Owner' }).fill('oncall');
  await page.getByRole('option', { name: 'oncall-sre (service account)' }).click();
  await create.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(new RegExp(`${WS}$`));
  await expect(page.getByRole('heading', { name: 'oncall-workspace' })).toBeVisible();

  // Share with alice (use) and the sre-oncall group (admin).
  let dialog = await openShare(page);
  await addSharee(page, dialog, 'alice', /Alice Liddell/);
  await addSharee(page, dialog, 'sre-on', /^SRE on-call/);
  const group = dialog.getByRole('listitem', { name: 'SRE on-call (group)' });
  await group.getByRole('combobox').click();
  await page.getByRole('option', { name: /^admin/ }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Sharing saved.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  const found = await api('GET', '/api/v2/users/oncall-sre/workspace/oncall-workspace');
  const wsId = (found.body as { id: string }).id;
  const acl = (await api('GET', `/api/v2/workspaces/${wsId}/acl`)).body as {
    users: { username: string; role: string }[];
    group: { name: string; role: string }[];
  };
  expect(acl.users).toEqual([expect.objectContaining({ username: 'alice', role: 'use' })]);
  expect(acl.group).toEqual([expect.objectContaining({ name: 'sre-oncall', role: 'admin' })]);

  // Alice finds it under Shared with me, stops and starts it, and has no Delete.
  const alice = await personIn(browser, baseURL!, tenant, 'alice', consoleGuard.watch);
  contexts.push(alice.context);
  await alice.page.goto('/workspaces');
  await alice.page.getByRole('button', { name: 'Filters' }).click();
  await alice.page.getByRole('menuitem', { name: 'Shared with me' }).click();
  const row = alice.page.getByRole('row', { name: /oncall-workspace/ });
  await expect(row.getByText('oncall-sre · shared directly')).toBeVisible();
  await row.getByRole('link', { name: 'oncall-workspace' }).click();
  await alice.page.getByRole('button', { name: 'Stop' }).click();
  await expect(alice.page.getByText(/Stopping oncall-workspace/)).toBeVisible();
  await alice.page.getByRole('button', { name: 'Start' }).click();
  await expect(alice.page.getByText('Running', { exact: true }).first()).toBeVisible();
  await expect(alice.page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(alice.page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  const builds = (await alice.context.request
    .get(`/api/v2/workspaces/${wsId}/builds`)
    .then((r) => r.json())) as {
    transition: string;
    initiator_name: string;
  }[];
  expect(builds[0]).toMatchObject({ transition: 'start', initiator_name: 'alice' });

  // A member of the group (admin) shares with carol; admin is not offered for new people.
  const member = await personIn(browser, baseURL!, tenant, 'member', consoleGuard.watch);
  contexts.push(member.context);
  await member.page.goto(WS);
  dialog = await openShare(member.page);
  await expect(dialog.getByText(/invite others with the use role only/)).toBeVisible();
  await addSharee(member.page, dialog, 'carol', /Carol Danvers/);
  await dialog.getByRole('listitem', { name: 'carol' }).getByRole('combobox').click();
  await expect(member.page.getByRole('option', { name: /^admin/ })).toBeDisabled();
  await member.page.getByRole('option', { name: /^use/ }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Sharing saved.')).toBeVisible();
  const afterCarol = (await api('GET', `/api/v2/workspaces/${wsId}/acl`)).body as typeof acl;
  expect(afterCarol.users).toContainEqual(expect.objectContaining({ username: 'carol', role: 'use' }));

  // Admin removes alice (staged with Undo, asked once: on Save), then the dialog says removal takes
  // effect after a restart.
  await page.reload();
  dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Remove alice' }).click();
  await expect(dialog.getByRole('listitem', { name: 'alice' }).getByText('Will be removed')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/takes full effect after the workspace restarts/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Restart now' })).toBeVisible();
  const afterRemove = (await api('GET', `/api/v2/workspaces/${wsId}/acl`)).body as typeof acl;
  expect(afterRemove.users.map((u) => u.username)).not.toContain('alice');

  // The API drops alice's access at once.
  await alice.page.goto('/workspaces?filter=shared_with_user%3Ame');
  await expect(alice.page.getByRole('row', { name: /oncall-workspace/ })).toHaveCount(0);
  expect((await alice.context.request.get(`/api/v2/workspaces/${wsId}`)).status()).toBe(404);

  // Admin rotates carol out and bob in: one action that also restarts the workspace.
  await dialog.getByRole('button', { name: 'Rotate access…' }).click();
  const rotate = page.getByRole('dialog', { name: 'Rotate access to oncall-workspace' });
  await rotate.getByRole('combobox', { name: 'Outgoing' }).click();
  await page.getByRole('option', { name: 'carol (use)' }).click();
  await rotate.getByLabel('Incoming user or group').fill('bob');
  await page.getByRole('option', { name: /Bob Builder/ }).click();
  await rotate.getByRole('button', { name: 'Apply and restart' }).click();
  await expect(rotate.getByText('Access rotated and the workspace restarted.')).toBeVisible();
  const result = rotate.getByRole('list', { name: 'Resulting access' });
  await expect(result.getByText('bob (use)')).toBeVisible();
  await expect(result.getByText('carol (use)')).toHaveCount(0);
  const rotated = (await api('GET', `/api/v2/workspaces/${wsId}/acl`)).body as typeof acl;
  expect(rotated.users.map((u) => u.username)).toEqual(['bob']);
  for (const c of contexts) await c.close();
});

test('an org admin narrows workspace sharing on the organization’s Sharing tab', async ({
  page,
  signIn,
  api,
}) => {
  type Shared = { workspaces: { id: string; owner_name: string }[] };
  const sharedInCoder = async () =>
    (
      (await api('GET', `/api/v2/workspaces?q=${encodeURIComponent('organization:coder shared:true')}`))
        .body as Shared
    ).workspaces;
  await signIn('orgadmin', '/@oncall-sre/staging-env');
  const serviceAccounts = new Set(
    (
      (await api('GET', '/api/v2/organizations/coder/paginated-members?q=service_account%3Atrue&limit=0'))
        .body as { members: { username: string }[] }
    ).members.map((m) => m.username),
  );
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  const before = await sharedInCoder();
  const lost = before.filter((w) => !serviceAccounts.has(w.owner_name));
  expect(lost.length).toBeGreaterThan(1);

  // Organization switcher → Coder → the Sharing tab.
  await page.getByRole('button', { name: 'Choose organization' }).click();
  await page.getByRole('menuitem', { name: /Coder/ }).click();
  await page.getByRole('tab', { name: 'Sharing' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Workspace sharing' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Everyone/ })).toBeChecked();

  await page.getByRole('radio', { name: /^Service accounts only/ }).click();
  let confirm = page.getByRole('dialog', { name: 'Change sharing to “Service accounts only”?' });
  await expect(confirm).toContainText(`${lost.length} workspaces will lose their shares.`);
  await confirm.getByRole('button', { name: 'Change and remove shares' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('radio', { name: /^Service accounts only/ })).toBeChecked();
  const after = await sharedInCoder();
  expect(after.map((w) => w.id).sort()).toEqual(
    before
      .filter((w) => serviceAccounts.has(w.owner_name))
      .map((w) => w.id)
      .sort(),
  );
  expect(after.map((w) => w.owner_name)).toContain('oncall-sre');

  // Nobody: the service account's workspace loses its Share button, and the page says why.
  await page.getByRole('radio', { name: /^Nobody/ }).click();
  confirm = page.getByRole('dialog', { name: 'Change sharing to “Nobody”?' });
  await expect(confirm).toContainText(new RegExp(`\\b${after.length} workspaces? will lose`));
  await confirm.getByRole('button', { name: 'Change and remove shares' }).click();
  await expect(confirm).toBeHidden();
  // Back (past the Members tab) to the workspace, in the same app session.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/@oncall-sre\/staging-env$/);
  await expect(page.getByRole('heading', { name: 'staging-env' })).toBeVisible();
  await expect(page.getByText('Workspace sharing is turned off in the Coder organization.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
});

/** The audit log: a change made in the UI is found by another allowed user, with who and what changed. */
import type { Page } from '@playwright/test';
import { expect, look, test } from './fixtures';

type Entry = {
  action: string;
  resource_target: string;
  user?: { username: string };
  diff: Record<string, unknown>;
};
type AuditBody = { audit_logs: Entry[]; count: number };

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const q = (query: string) => `/api/v2/audit?limit=25&q=${encodeURIComponent(query)}`;

test('a suspension made in the UI shows in the audit log: who did it, and the diff', async ({
  page,
  signIn,
  api,
}) => {
  // A user admin suspends alice through the users page.
  await signIn('useradmin', '/users?filter=alice');
  await page.getByRole('button', { name: 'More actions for alice' }).click();
  await page
    .getByRole('menu')
    .getByRole('menuitem', { name: /Suspend/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Suspend alice?' });
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await expect(dialog).toBeHidden();

  // An auditor finds it from the navigation, with one filter.
  await signIn('auditor', '/workspaces');
  await nav(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  const search = page.getByLabel('Search the audit log');
  await search.fill('resource_type:user resource_target:alice action:write');
  await search.press('Enter');
  await expect(page).toHaveURL(/filter=resource_type%3Auser/);
  const table = page.getByRole('table', { name: 'Audit log' });
  const row = table.getByRole('row', { name: /useradmin updated user alice/ });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /Show details of useradmin/ }).click();
  const diff = page.getByRole('table', { name: 'Changes in this user entry' });
  const status = diff.getByRole('row', { name: /status/ });
  await expect(status.getByRole('cell')).toHaveText(['active', 'suspended']);
  await look(page, 'audit-suspension', { axe: true });

  // The server holds the same entry.
  const body = (
    await api('GET', q('resource_type:user resource_target:alice action:write username:useradmin'))
  ).body as AuditBody;
  expect(body.count).toBe(1);
  expect(body.audit_logs[0]?.diff).toEqual({ status: { old: 'active', new: 'suspended', secret: false } });

  // The actor's link opens their page; alice's page links back to her entries.
  await row.getByRole('link', { name: 'alice' }).click();
  await expect(page).toHaveURL(/\/users\/alice$/);
  await page.getByRole('main').getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/audit\?filter=resource_id%3A/);
  await expect(page.getByRole('row', { name: /useradmin updated user alice/ })).toBeVisible();

  await page.setViewportSize({ width: 360, height: 800 });
  await look(page, 'audit-phone');
});

test('who shared staging-env with bob: one filter from the workspace page', async ({ page, signIn }) => {
  await signIn('admin', '/@oncall-sre/staging-env');
  await page.getByRole('main').getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/audit\?filter=resource_id%3A/);
  const row = page.getByRole('row', { name: /admin updated workspace staging-env/ });
  await row.getByRole('button', { name: /Show details/ }).click();
  const diff = page.getByRole('table', { name: 'Changes in this workspace entry' });
  await expect(diff.getByRole('row', { name: /user_acl · bob/ }).getByRole('cell')).toHaveText([
    '(none)',
    'admin',
  ]);
});

test('a member sees no audit log: no nav entry, a refused route, and nothing from the server', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('member', '/audit');
  await expect(page.getByRole('heading', { name: "You don't have access" })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Workspaces' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  // Coder filters the log by what the caller may read: a member gets an empty page.
  const r = await api('GET', '/api/v2/audit?limit=25');
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({ audit_logs: [], count: 0 });
  await page.goto('/users/member');
  await expect(page.getByRole('heading', { name: 'member', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Audit log' })).toHaveCount(0);
});

test('the Premium gate shows when the deployment is not entitled to audit logs', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', '/workspaces');
  expect((await api('POST', '/__mock/deployment', { premium: false })).status).toBe(200);
  await nav(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByText('Audit logs needs Coder Premium')).toBeVisible();
  await expect(page.getByLabel('Search the audit log')).toHaveCount(0);
  await look(page, 'audit-premium-gate', { axe: true });
});

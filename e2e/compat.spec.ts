/**
 * Real-Coder compatibility: the dashboard asks the deployment what it offers instead of assuming. The mock
 * is switched (per test tenant) to an OSS deployment without Premium entitlements, and to one with workspace
 * sharing disabled.
 */
import { expect, test } from './fixtures';

test.describe('an OSS deployment (no Premium)', () => {
  test.beforeEach(async ({ api, signIn }) => {
    await signIn('admin', '/account');
    expect((await api('POST', '/__mock/deployment', { premium: false })).status).toBe(200);
  });

  test('organizations: no create button, a "needs Premium" note, OSS in the side nav', async ({ page }) => {
    await page.goto('/organizations');
    await expect(page.getByRole('row', { name: /platform/i })).toBeVisible();
    await expect(page.getByText('Multiple organizations needs Coder Premium')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create organization' })).toHaveCount(0);
    await expect(page.getByText(/Coder v\S+ · OSS/)).toBeVisible();
  });

  test('groups: a "needs Premium" page instead of a failed call', async ({ page }) => {
    await page.goto('/groups');
    await expect(page).toHaveURL(/\/organizations\/coder\/groups$/);
    await expect(page.getByRole('tab', { name: 'Groups', selected: true })).toBeVisible();
    await expect(page.getByText('Groups needs Coder Premium')).toBeVisible();
    await expect(page.getByText(/is a Premium feature|Forbidden/)).toHaveCount(0);
  });

  test('custom roles: built-in roles still listed, creating one needs Premium', async ({ page }) => {
    await page.goto('/organizations/coder/roles');
    await expect(page.getByRole('heading', { name: 'Roles' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Organization Admin/ })).toBeVisible();
    await expect(page.getByText('Custom roles needs Coder Premium')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create custom role' })).toHaveCount(0);
  });
});

test('a Premium deployment offers the same controls and says Premium', async ({ page, signIn }) => {
  await signIn('admin', '/organizations');
  await expect(page.getByRole('button', { name: 'Create organization' })).toBeVisible();
  await expect(page.getByText(/Coder v\S+ · Premium/)).toBeVisible();
  await expect(page.getByText(/needs Coder Premium/)).toHaveCount(0);
});

test.describe('workspace sharing disabled for the deployment', () => {
  test('no Share button on a workspace, and a note where it would be', async ({ page, signIn, api }) => {
    await signIn('alice', '/account');
    const list = await api('GET', '/api/v2/workspaces?q=owner:alice&limit=1');
    const ws = (list.body as { workspaces: { name: string }[] }).workspaces[0];
    expect(ws, 'the seed gives alice a workspace').toBeDefined();
    const url = `/@alice/${ws!.name}`;

    // Sharing on: alice owns the workspace, so she can share it.
    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();

    expect((await api('POST', '/__mock/deployment', { disable_workspace_sharing: true })).status).toBe(200);
    await page.goto(url);
    await expect(page.getByText('Workspace sharing is disabled for this deployment.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  });
});

/**
 * Real-Coder compatibility: the dashboard asks the deployment what it offers. The mock is switched to an
 * OSS deployment (no Premium entitlements) and to one with workspace sharing disabled.
 */
import { expect, test } from './fixtures';

test.describe('an OSS deployment (no Premium)', () => {
  test('Premium-only features say "needs Coder Premium" instead of failing', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('admin', '/organizations');
    // Premium first: the create button and the edition in the side nav.
    await expect(page.getByRole('button', { name: 'Create organization' })).toBeVisible();
    await expect(page.getByText(/Coder v\S+ · Premium/)).toBeVisible();

    expect((await api('POST', '/__mock/deployment', { premium: false })).status).toBe(200);

    await page.goto('/organizations');
    await expect(page.getByText('Multiple organizations needs Coder Premium')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create organization' })).toHaveCount(0);
    await expect(page.getByText(/Coder v\S+ · OSS/)).toBeVisible();

    await page.goto('/groups');
    await expect(page.getByText('Groups needs Coder Premium')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /Premium feature|Forbidden/ })).toHaveCount(0);

    await page.goto('/organizations/coder/roles');
    await expect(page.getByText('Custom roles needs Coder Premium')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create custom role' })).toHaveCount(0);
    // Built-in roles still list: the page works, only the Premium part is gated.
    await expect(page.getByRole('row', { name: /Organization Admin/ })).toBeVisible();
  });
});

test.describe('workspace sharing disabled for the deployment', () => {
  test('no Share button on a workspace, and a note where it would be', async ({ page, signIn, api }) => {
    await signIn('alice', '/');
    const list = await api('GET', '/api/v2/workspaces?q=owner:alice&limit=1');
    const ws = (list.body as { workspaces: { name: string }[] }).workspaces[0];
    expect(ws, 'the seed gives alice a workspace').toBeDefined();
    const url = `/@alice/${ws!.name}`;

    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();

    expect((await api('POST', '/__mock/deployment', { disable_workspace_sharing: true })).status).toBe(200);
    await page.goto(url);
    await expect(page.getByText('Workspace sharing is disabled for this deployment.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  });
});

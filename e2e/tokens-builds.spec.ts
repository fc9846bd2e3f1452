import { request as playwrightRequest } from '@playwright/test';
import { expect, test } from './fixtures';

test('an owner gives a service account a token that signs API calls in, then revokes it', async ({
  page,
  signIn,
  tenant,
  baseURL,
}) => {
  await signIn('admin', '/users/oncall-sre');
  const card = page.getByRole('region', { name: 'API tokens' });
  await card.getByRole('button', { name: 'Create token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a token for oncall-sre' });
  await dialog.getByLabel('Name').fill('deploy-bot');
  await dialog.getByRole('combobox', { name: 'Lifetime' }).click();
  await page.getByRole('option', { name: '7 days' }).click();
  await dialog.getByRole('button', { name: 'Create token' }).click();

  const shown = page.getByRole('dialog', { name: 'Token created' });
  const secret = await shown.getByLabel('Token').inputValue();
  expect(secret).toMatch(/^[A-Za-z0-9]{10}-[A-Za-z0-9]{22}$/);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(card.getByRole('row', { name: /deploy-bot Full access/ })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  // A client with only the token (no cookie session) is oncall-sre.
  const client = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'Coder-Session-Token': secret, cookie: `mock_tenant=${tenant}` },
  });
  const me = await client.get('/api/v2/users/me');
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ username: 'oncall-sre' });

  await card.getByRole('button', { name: 'Delete token deploy-bot' }).click();
  await page
    .getByRole('dialog', { name: 'Delete token deploy-bot?' })
    .getByRole('button', { name: 'Delete token' })
    .click();
  await expect(card.getByText(/No tokens/)).toBeVisible();
  expect((await client.get('/api/v2/users/me')).status()).toBe(401);
  await client.dispose();
});

test('the workspace page shows what a build made, its log, and cancels a running build', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('alice', '/@alice/alice-k8s');
  await api('POST', '/__mock/deployment', { build_timing: { pending_ms: 0, running_ms: 60_000 } });
  await expect(page.getByRole('link', { name: 'alice' }).first()).toHaveAttribute('href', '/users/alice');
  await page.getByRole('button', { name: 'Start' }).click();

  const resources = page.getByRole('region', { name: 'Resources' });
  await expect(resources.getByRole('listitem', { name: 'Agent main' })).toContainText('connecting');
  await expect(resources.getByRole('list', { name: 'Apps' })).toContainText('code-server');
  await expect(page.getByRole('region', { name: /^Log of build #\d+$/ })).toContainText('Setting up');

  await page.getByRole('button', { name: 'Cancel build' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  await expect(page.getByRole('region', { name: /^Log of build #\d+$/ })).toContainText(
    'Build was canceled.',
  );
  const ws = await api('GET', '/api/v2/users/alice/workspace/alice-k8s');
  expect(ws.body).toMatchObject({ latest_build: { status: 'canceled', transition: 'start' } });
});

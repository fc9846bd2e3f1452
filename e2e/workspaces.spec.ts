import { endlessAnimations, expect, look, test } from './fixtures';

test.describe('workspaces list', () => {
  test('filters with presets and the query grammar, synced to the URL, and paginates', async ({
    page,
    signIn,
  }) => {
    await signIn('admin', '/workspaces');
    await expect(page.getByLabel('Search workspaces')).toHaveValue('owner:me');
    await expect(page.getByRole('row', { name: /admin-box/ })).toBeVisible();
    await expect.poll(() => endlessAnimations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('menuitem', { name: 'All workspaces' }).click();
    await expect(page).toHaveURL(/filter=$/);
    await expect(page.getByText(/^1–25 of \d+/)).toBeVisible();
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/^26–50 of/)).toBeVisible();

    await page.getByLabel('Search workspaces').fill('shared_with_group:coder/sre-oncall');
    await page.getByLabel('Search workspaces').press('Enter');
    await expect(page.getByRole('row', { name: /incident-room/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'shared_with_group:coder/sre-oncall' })).toBeVisible();

    await page.getByLabel('Search workspaces').fill('owner:a/b/c status:sleeping');
    await page.getByLabel('Search workspaces').press('Enter');
    await expect(page.getByText(/"sleeping" is not a valid value|can only contain 1/).first()).toBeVisible();
  });

  test('a failing start shows the failed build and its log line; polling stops when done', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('bob', '/@bob/bob-dev');
    await api('POST', '/__mock/deployment', { build_timing: { pending_ms: 300, running_ms: 700 } });
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText('Error: quota exceeded for CPU').first()).toBeVisible();
    // The banner follows the build: no "Starting…" left beside the failure.
    await expect(page.getByRole('alert').filter({ hasText: 'Starting bob-dev failed' })).toContainText(
      'Error: quota exceeded for CPU',
    );
    await expect(page.getByText('Starting bob-dev…')).toHaveCount(0);
    const ws = await api('GET', '/api/v2/users/bob/workspace/bob-dev');
    expect(ws.body).toMatchObject({ latest_build: { status: 'failed', transition: 'start' } });
  });

  test('bulk stop runs only what each workspace allows', async ({ page, signIn, api }) => {
    await signIn('alice', '/workspaces?filter=owner%3Ame%20status%3Arunning');
    await api('POST', '/__mock/deployment', { build_timing: { pending_ms: 300, running_ms: 700 } });
    await page.getByRole('checkbox', { name: 'Select alice/alice-dev' }).check();
    await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByText('alice-dev stopped.')).toBeVisible();
    await expect
      .poll(
        async () =>
          (
            (await api('GET', '/api/v2/users/alice/workspace/alice-dev')).body as {
              latest_build: { status: string };
            }
          ).latest_build.status,
      )
      .toBe('stopped');
  });
});

test('list, workspace page and share dialog look right in light and dark', async ({ page, signIn }) => {
  await signIn('bob', '/workspaces?filter=shared%3Atrue');
  await expect(page.getByRole('row', { name: /staging-env/ })).toBeVisible();
  await look(page, 'workspaces-list', { axe: true });

  await page.getByRole('link', { name: 'staging-env' }).click();
  await expect(page.getByRole('heading', { name: 'staging-env' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Recent builds' })).toBeVisible();
  await look(page, 'workspace-page', { axe: true });

  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page.getByRole('table', { name: 'Access review' })).toBeVisible();
  await look(page, 'workspace-access');

  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share staging-env' });
  await expect(dialog.getByRole('listitem', { name: 'bob' })).toBeVisible();
  await look(page, 'share-dialog');
});

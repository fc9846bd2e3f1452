/**
 * Faults on lists and sessions (issue #13 §2): a list refetch answered with 500 or cut off by going
 * offline shows an error with Retry and keeps the rows already shown, with a banner while the browser is
 * offline; a 401 mid-session on any page leads to sign-in and back to the same URL with its filters.
 */
import type { Page } from '@playwright/test';
import { expect, PASSWORD, test } from './fixtures';

/** Ages every cached query past its stale time, then tells the app the tab is back in focus. */
async function refocus(page: Page) {
  await page.clock.fastForward(11_000);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
}

const LISTS = [
  { name: 'users', url: '/users', api: /\/api\/v2\/users(\?|$)/, row: 'alice' },
  { name: 'workspaces', url: '/workspaces?filter=', api: /\/api\/v2\/workspaces(\?|$)/, row: 'alice-dev' },
  {
    name: 'groups',
    url: '/organizations/coder/groups',
    api: /\/api\/v2\/organizations\/[^/]+\/groups(\?|$)/,
    row: 'Frontend',
  },
  { name: 'members', url: '/organizations/coder/members', api: /\/paginated-members(\?|$)/, row: 'admin' },
  {
    name: 'organizations',
    url: '/organizations',
    api: /\/api\/v2\/organizations(\?|$)/,
    row: 'Research Lab',
  },
];

for (const list of LISTS) {
  test(`${list.name}: a failed refetch (500, offline) shows an error with Retry and keeps the rows`, async ({
    page,
    context,
    signIn,
  }) => {
    await page.clock.install();
    await signIn('admin', list.url);
    const row = page.getByRole('row', { name: new RegExp(list.row) }).first();
    await expect(row).toBeVisible();

    await page.route(list.api, (r) =>
      r.request().method() === 'GET'
        ? r.fulfill({ status: 500, json: { message: 'Fault 500: the list failed.' } })
        : r.fallback(),
    );
    await refocus(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Fault 500: the list failed.' });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(row).toBeVisible();

    await page.unroute(list.api);
    await context.setOffline(true);
    const banner = page.getByRole('status', { name: 'Offline' });
    await expect(banner).toBeVisible();
    await page.getByRole('button', { name: 'Retry' }).first().click();
    for (let i = 0; i < 3; i++) await page.clock.fastForward(4_000); // the network error's retries
    await expect(
      page.getByRole('alert').filter({ hasText: 'The server could not be reached' }).first(),
    ).toBeVisible();
    await expect(row).toBeVisible();

    await context.setOffline(false);
    await expect(banner).toBeHidden();
    await page.getByRole('button', { name: 'Retry' }).first().click();
    await expect(page.getByRole('alert').filter({ hasText: /could not be reached|Fault 500/ })).toHaveCount(
      0,
    );
    await expect(row).toBeVisible();
  });
}

const PAGES = [
  '/users?filter=status%3Aactive%20role%3Aowner&pageSize=50',
  '/workspaces?filter=owner%3Aalice',
  '/organizations/coder/members?filter=bob',
  '/groups/coder/frontend',
  '/@alice/alice-dev',
  '/organizations/coder/settings',
];

for (const url of PAGES) {
  test(`a 401 mid-session on ${url} leads to sign-in and back to the same URL`, async ({
    page,
    context,
    signIn,
  }) => {
    await page.clock.install();
    await signIn('admin', url);
    await expect(page.getByRole('main')).not.toBeEmpty();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await context.clearCookies({ name: 'coder_session_token' });
    await refocus(page);
    await expect(page).toHaveURL(`/login?redirect=${encodeURIComponent(url)}`);
    await page.getByLabel('Email').fill('admin@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('main')).not.toBeEmpty();
  });
}

import { expect, PASSWORD, test } from './fixtures';

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' });

const allowedNav: Record<string, string[]> = {
  admin: ['Workspaces', 'Users', 'Organizations', 'Groups', 'Audit log', 'Organization sync'],
  // User admins hold idpsync_settings site-wide (Coder's built-in role).
  useradmin: ['Workspaces', 'Users', 'Organizations', 'Groups', 'Organization sync'],
  templateadmin: ['Workspaces', 'Users', 'Organizations', 'Groups'],
  auditor: ['Workspaces', 'Users', 'Organizations', 'Groups', 'Audit log'],
  // An organization admin reads their organization's audit entries.
  orgadmin: ['Workspaces', 'Users', 'Organizations', 'Groups', 'Audit log'],
  member: ['Workspaces', 'Organizations'],
  alice: ['Workspaces', 'Organizations'],
  bob: ['Workspaces', 'Organizations'],
  carol: ['Workspaces', 'Organizations'],
};

test.describe('sign in', () => {
  test('every demo account signs in from the list and sees the navigation its role allows', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.goto('/login');
    for (const [username, links] of Object.entries(allowedNav)) {
      await test.step(username, async () => {
        await page.getByRole('button', { name: `Sign in as ${username}`, exact: true }).click();
        await expect(page.getByRole('button', { name: `Account menu for ${username}` })).toBeVisible();
        await expect(nav(page).getByRole('link')).toHaveText(links);
        await page.getByRole('button', { name: `Account menu for ${username}` }).click();
        await page.getByRole('menuitem', { name: 'Sign out' }).click();
        await expect(page).toHaveURL(/\/login$/);
      });
    }
  });

  test('a suspended account and a wrong password get clear messages', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in as suspended' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Your account is suspended/);

    await page.getByLabel('Email').fill('admin@example.com');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.');
    await expect(page.getByLabel('Email')).toHaveValue('admin@example.com');
  });

  test('a deep link while signed out goes to sign-in and comes back', async ({ page }) => {
    await page.goto('/organizations?tab=all');
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await page.getByLabel('Email').fill('admin@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/organizations\?tab=all$/);
    await expect(page.getByRole('heading', { name: 'Organizations' })).toBeVisible();
  });

  test('a session revoked mid-use returns to sign-in and then to the same URL', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('admin', '/workspaces');
    await expect(page.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
    // Settled first: a request the page makes on its own after the expiry (the list prefetching its next
    // page) rightly leads to sign-in too, but back to /workspaces, which is not what this test follows.
    await page.waitForLoadState('networkidle');
    // The server expires every session (as an admin revoking API keys would); the browser keeps its cookie.
    expect((await api('POST', '/__mock/expire-sessions')).status).toBe(200);

    await nav(page).getByRole('link', { name: 'Organizations' }).click();
    await expect(page).toHaveURL(/\/login\?redirect=%2Forganizations$/);
    await page.getByRole('button', { name: 'Sign in as admin' }).click();
    await expect(page).toHaveURL(/\/organizations$/);
    await expect(page.getByRole('heading', { name: 'Organizations' })).toBeVisible();
  });

  test('sign out returns to sign-in and the session is gone', async ({ page, signIn, api }) => {
    await signIn('alice', '/workspaces');
    await page.getByRole('button', { name: 'Account menu for alice' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect((await api('GET', '/api/v2/users/me')).status).toBe(401);
  });

  test('unknown URLs show a 404 page; forbidden routes a no-access page', async ({ page, signIn }) => {
    await signIn('member', '/nothing/here');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.goto('/users');
    await expect(page.getByRole('heading', { name: "You don't have access" })).toBeVisible();
  });

  test('the theme choice persists across a reload', async ({ page, signIn }) => {
    await signIn('admin', '/workspaces');
    const scheme = () => page.locator('html').getAttribute('data-mui-color-scheme');
    await page.getByRole('button', { name: 'Account menu for admin' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark theme' }).click();
    await expect.poll(scheme).toBe('dark');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Workspaces' })).toBeVisible();
    await expect.poll(scheme).toBe('dark');
    await page.getByRole('button', { name: 'Account menu for admin' }).click();
    await page.getByRole('menuitemradio', { name: 'Light theme' }).click();
    await expect.poll(scheme).toBe('light');
  });
});

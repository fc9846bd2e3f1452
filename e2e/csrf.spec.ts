/**
 * Coder refuses a cookie-authenticated write without the `Coder-Session-Token` header or a nosurf token.
 * The app's writes must pass after every way of signing in; a forged cookie-only write must not.
 */
import type { Page } from '@playwright/test';
import { expect, PASSWORD, test } from './fixtures';

const CSRF_FAILURE = /^Something is wrong with your CSRF token\. Please refresh the page\./;

async function suspendFromList(page: Page, username: string) {
  await page.getByRole('button', { name: `More actions for ${username}`, exact: true }).click();
  await page
    .getByRole('menu')
    .getByRole('menuitem', { name: /Suspend/ })
    .click();
  const dialog = page.getByRole('dialog', { name: `Suspend ${username}?` });
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await expect(dialog).toBeHidden();
}

test('writes pass after password sign-in, after a reload and in a second tab on a deep link', async ({
  page,
  context,
  api,
}) => {
  const status = async (username: string) =>
    ((await api('GET', `/api/v2/users/${username}`)).body as { status: string }).status;

  await page.goto('/login?redirect=%2Fusers%3Ffilter%3Dalice');
  await page.getByLabel('Email').fill('admin@example.com');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await suspendFromList(page, 'alice');
  expect(await status('alice')).toBe('suspended');

  await page.reload();
  await page.getByRole('button', { name: 'More actions for alice' }).click();
  await page.getByRole('menuitem', { name: 'Activate…' }).click();
  await page
    .getByRole('dialog', { name: 'Activate alice?' })
    .getByRole('button', { name: 'Activate' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Activate alice?' })).toBeHidden();
  expect(await status('alice')).toBe('active');

  const second = await context.newPage();
  await second.goto('/users?filter=bob');
  await suspendFromList(second, 'bob');
  expect(await status('bob')).toBe('suspended');

  // The protection stays: a write that only carries the cookie (what another site's form would send) is refused.
  const forged = await page.request.put('/api/v2/users/carol/status/suspend', {
    headers: { Origin: 'https://evil.example' },
  });
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toMatch(CSRF_FAILURE);
  expect(await status('carol')).toBe('active');
});

test('writes pass after token sign-in, with no cookie at all', async ({ page, context, loginElsewhere }) => {
  const { body } = await loginElsewhere('admin');
  const token = (body as { session_token: string }).session_token;
  await page.goto('/login?redirect=%2Fusers%3Ffilter%3Dcarol');
  await page.getByRole('tab', { name: 'Session token' }).click();
  await page.getByLabel('Session token').fill(token);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
  await suspendFromList(page, 'carol');
  await expect(
    page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'carol', exact: true }) })
      .getByText('Suspended'),
  ).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === 'coder_session_token')).toBe(false);
  const res = await page.request.get('/api/v2/users/carol', { headers: { 'Coder-Session-Token': token } });
  expect(((await res.json()) as { status: string }).status).toBe('suspended');
});

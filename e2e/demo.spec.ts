/**
 * The static demo: built with `npm run build:demo`, served by a plain static file server (no backend), the
 * mock Coder server running in the browser's service worker, its data kept in this browser.
 */
import { expect, test } from './fixtures';
import { demoPort } from '../playwright.config';

test.use({ baseURL: `http://localhost:${demoPort}` });

test('the static demo signs in, changes users and sharing, keeps them across a reload, and resets', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const noApiServer = await page.request.get('/api/v2/buildinfo');
  expect(await noApiServer.text()).toContain('<div id="root">'); // the host has no API: only the worker answers

  await page.goto('/login');
  await expect(page.getByRole('region', { name: 'Demo' })).toContainText('runs in your browser');
  await page.getByRole('button', { name: 'Sign in as admin', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Account menu for admin' })).toBeVisible();

  await page.goto('/users?filter=alice');
  await page.getByRole('button', { name: 'More actions for alice', exact: true }).click();
  await page.getByRole('menuitem', { name: /Suspend/ }).click();
  await page.getByRole('dialog', { name: 'Suspend alice?' }).getByRole('button', { name: 'Suspend' }).click();
  const alice = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'alice', exact: true }) });
  await expect(alice.getByText('Suspended')).toBeVisible();

  await page.goto('/@oncall-sre/staging-env');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share staging-env' });
  await dialog.getByLabel('Add people or groups').fill('carol');
  await page.getByRole('option', { name: /carol Carol Danvers/ }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Sharing saved.');

  await page.reload();
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(dialog.getByRole('listitem', { name: 'carol' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('/users?filter=alice');
  await expect(alice.getByText('Suspended')).toBeVisible();

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole('button', { name: 'Sign in as admin', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Account menu for admin' })).toBeVisible();
  await page.goto('/users?filter=alice');
  await expect(alice.getByText('Active')).toBeVisible();
  expect(problems).toEqual([]);
});

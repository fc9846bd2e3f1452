/** The account page: every user changes their own name and password (old password required). */
import { expect, PASSWORD, test } from './fixtures';

test('a member changes their name', async ({ page, signIn, api }) => {
  await signIn('member', '/account');
  const form = page.getByRole('form', { name: 'Profile' });
  await form.getByLabel('Name', { exact: true }).fill('Mel M. Member');
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  expect((await api('GET', '/api/v2/users/me')).body).toMatchObject({ name: 'Mel M. Member' });
});

test('a member changes their password: the old one is checked, then every session ends', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('member', '/account');
  const form = page.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Current password').fill('not-my-password');
  await form.getByLabel('New password', { exact: true }).fill('Brand-New-Password-2024');
  await form.getByLabel('Confirm new password').fill('Brand-New-Password-2024');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('Old password is incorrect.')).toBeVisible();
  await expect(form.getByLabel('New password', { exact: true })).toHaveValue('Brand-New-Password-2024');

  await form.getByLabel('Current password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Change password' }).click();
  const done = page.getByRole('dialog', { name: 'Password changed' });
  await expect(done).toBeVisible();
  expect((await api('GET', '/api/v2/users/me')).status).toBe(401);
  await done.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Email').fill('member@example.com');
  await page.getByLabel('Password').fill('Brand-New-Password-2024');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
});

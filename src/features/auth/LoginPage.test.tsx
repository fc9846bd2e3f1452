import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mock/runtimes/node';
import { login } from '../../api/auth';
import { captureConsole } from '../../test/console';
import { renderRoute } from '../../test/render';

describe('sign-in', () => {
  it('sends a signed-out deep link to sign-in and back after signing in', async () => {
    const { user, router } = await renderRoute('/users?filter=status%3Aactive');
    expect(await screen.findByRole('heading', { name: 'Sign in to Coder' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(
      `?redirect=${encodeURIComponent('/users?filter=status%3Aactive')}`,
    );

    await user.type(screen.getByLabelText('Email'), 'useradmin@example.com');
    await user.type(screen.getByLabelText('Password'), 'SomeSecurePassword!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Users' })).toBeVisible();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/users?filter=status%3Aactive',
    );
  });

  it.each([
    '/\\evil.example',
    '/\t/evil.example',
    '//evil.example',
    'https://evil.example/',
    '/./\\evil.example',
  ])(
    'lands on the home page after signing in with redirect=%j (no open redirect, no crash)',
    async (target) => {
      const console = captureConsole();
      const { user, router } = await renderRoute(`/login?redirect=${encodeURIComponent(target)}`);
      await user.click(await screen.findByRole('button', { name: 'Sign in as admin' }));
      expect(await screen.findByRole('button', { name: 'Account menu for admin' })).toBeVisible();
      await waitFor(() => expect(router.state.location.pathname).toBe('/workspaces'));
      expect(console).toEqual([]);
    },
  );

  it('lists the demo accounts and signs in with one click', async () => {
    const { user } = await renderRoute('/login');
    const list = await screen.findByRole('list', { name: 'Demo accounts' });
    expect(within(list).getByText('templateadmin')).toBeVisible();
    await user.click(within(list).getByRole('button', { name: 'Sign in as member' }));
    expect(await screen.findByRole('button', { name: 'Account menu for member' })).toBeVisible();
  });

  it('shows each demo account by its email; a click fills the form with it and the demo password', async () => {
    const { user, router } = await renderRoute('/login');
    const list = await screen.findByRole('list', { name: 'Demo accounts' });
    expect(within(list).getByText('templateadmin@example.com')).toBeVisible();
    await user.click(within(list).getByRole('button', { name: 'Fill in alice@example.com' }));
    expect(screen.getByLabelText('Email')).toHaveValue('alice@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('SomeSecurePassword!');
    expect(router.state.location.pathname).toBe('/login');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign in' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Account menu for alice' })).toBeVisible();
  });

  it('shows the server message for a wrong password and keeps what was typed', async () => {
    const { user } = await renderRoute('/login');
    await user.type(await screen.findByLabelText('Email'), 'admin@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect email or password.');
    expect(screen.getByLabelText('Email')).toHaveValue('admin@example.com');
  });

  it('tells a suspended user that the account is suspended', async () => {
    const { user } = await renderRoute('/login');
    await user.click(await screen.findByRole('button', { name: 'Sign in as suspended' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account is suspended.');
  });

  it('says so when the server cannot be reached', async () => {
    server.use(http.post('*/api/v2/users/login', () => HttpResponse.error()));
    const { user } = await renderRoute('/login');
    await user.click(await screen.findByRole('button', { name: 'Sign in as admin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
  });

  it('validates the email before calling the server', async () => {
    const { user } = await renderRoute('/login');
    await user.type(await screen.findByLabelText('Email'), 'not-an-email');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter a valid email address.')).toBeVisible();
  });

  it('signs in with a pasted session token and rejects a bad one', async () => {
    const console = captureConsole();
    const { user } = await renderRoute('/login');
    await user.click(await screen.findByRole('tab', { name: 'Session token' }));
    await user.type(screen.getByLabelText('Session token'), 'bogus-token');
    await user.click(screen.getByRole('button', { name: 'Sign in with token' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That session token is invalid or has expired.',
    );

    const { session_token } = await login({ email: 'bob@example.com', password: 'SomeSecurePassword!' });
    await user.clear(screen.getByLabelText('Session token'));
    await user.type(screen.getByLabelText('Session token'), session_token);
    await user.click(screen.getByRole('button', { name: 'Sign in with token' }));
    expect(await screen.findByRole('button', { name: 'Account menu for bob' })).toBeVisible();
    expect(console).toEqual([]);
  });
});

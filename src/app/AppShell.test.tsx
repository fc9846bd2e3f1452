import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render';

const navLinks = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  await within(nav).findByRole('link', { name: 'Workspaces' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent);
};

describe('app shell', () => {
  it('shows an owner every section', async () => {
    await renderRoute('/workspaces', { as: 'admin' });
    expect(await navLinks()).toEqual([
      'Workspaces',
      'Users',
      'Organizations',
      'Groups',
      'Audit log',
      'Organization sync',
    ]);
  });

  it('hides Users and Groups from a member, and refuses the route with a no-access page', async () => {
    await renderRoute('/users', { as: 'member' });
    expect(await screen.findByRole('heading', { name: "You don't have access" })).toBeVisible();
    expect(await navLinks()).toEqual(['Workspaces', 'Organizations']);
  });

  it.each([
    ['/organizations/coder/groups', 'Groups'],
    ['/groups/coder/frontend', 'Groups'],
    ['/organizations/coder/members', 'Organizations'],
    ['/users', 'Users'],
  ])('marks only the current section in the side nav at %s', async (path, current) => {
    await renderRoute(path, { as: 'admin' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await within(nav).findByRole('link', { name: 'Groups' });
    const marked = within(nav)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('aria-current') === 'page')
      .map((a) => a.textContent);
    expect(marked).toEqual([current]);
  });

  it('shows a 404 page for unknown URLs', async () => {
    await renderRoute('/no/such/page', { as: 'member' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  it('signs out from the account menu', async () => {
    const { user, router } = await renderRoute('/workspaces', { as: 'alice' });
    await user.click(await screen.findByRole('button', { name: 'Account menu for alice' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Coder' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
  });
});

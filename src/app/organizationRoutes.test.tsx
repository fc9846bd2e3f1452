import { QueryClient } from '@tanstack/react-query';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { membersQueries } from '../api/members';
import { organizationsQueries } from '../api/organizations';
import { rolesQueries } from '../api/roles';
import { usersQueries } from '../api/users';
import { primaryDb } from '../mock/state';
import { renderRoute, signInAs } from '../test/render';
import { startFirstRequests } from './loaders';
import { pages } from './pages';

configure({ asyncUtilTimeout: 5000 });

describe('organization tabs are routes of their own', () => {
  it('the tabs follow the caller’s permissions; a hidden tab’s URL says it is not allowed', async () => {
    // With sharing off, a plain member may not read the organization's members or groups (rbac.ts).
    primaryDb().org('coder')!.shareable_workspace_owners = 'none';
    primaryDb().changed();
    await renderRoute('/organizations/coder/members', { as: 'member' });
    expect(await screen.findByRole('heading', { name: "You don't have access" })).toBeInTheDocument();
    expect(screen.getByText(/do not allow you to view members/)).toBeInTheDocument();
    const tabs = within(screen.getByRole('tablist', { name: 'Organization sections' }));
    expect(tabs.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Roles',
      'Templates',
      'Sharing',
      'Settings',
    ]);
  });

  it('an organization’s own URL opens the first tab the caller may see, and marks it current', async () => {
    const { router } = await renderRoute('/organizations/coder', { as: 'admin' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/organizations/coder/members'));
    expect(await screen.findByRole('tab', { name: 'Members', selected: true })).toBeInTheDocument();
  });

  it('a custom role’s form keeps the Roles tab current', async () => {
    await renderRoute('/organizations/coder/roles/new', { as: 'admin' });
    expect(await screen.findByRole('tab', { name: 'Roles', selected: true })).toBeInTheDocument();
  });

  it('an unknown tab is not found inside the organization', async () => {
    await renderRoute('/organizations/coder/nonsense', { as: 'admin' });
    expect(await screen.findByRole('heading', { name: /not found/i })).toBeInTheDocument();
    expect(screen.getByRole('tablist', { name: 'Organization sections' })).toBeInTheDocument();
  });

  it('a tab’s loader starts its list as soon as the organization is known, before any page code', async () => {
    await signInAs('admin');
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startFirstRequests(qc, new URL('http://app.test/organizations/coder/members?filter=alice&pageSize=50'));
    const org = await waitFor(() => {
      const o = qc.getQueryData(organizationsQueries.detail('coder').queryKey);
      expect(o).toBeDefined();
      return o!;
    });
    const key = membersQueries.list(org.id, { filter: 'alice', page: 1, pageSize: 50 }).queryKey;
    await waitFor(() => expect(qc.getQueryState(key)?.status).toBe('success'));
    expect(qc.getQueryData(key)?.members.map((m) => m.username)).toContain('alice');

    startFirstRequests(qc, new URL('http://app.test/organizations/coder/roles'));
    await waitFor(() => expect(qc.getQueryState(rolesQueries.org(org.id).queryKey)?.status).toBe('success'));
  });
});

describe('the first requests at boot', () => {
  it('follow the router’s ranking: /users/alice is a user’s page, not a workspace named alice', async () => {
    await signInAs('admin');
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const decl = (path: string) => pages.find((p) => p.path === path)!;
    const userCode = vi.spyOn(decl('users/:username'), 'module');
    const workspaceCode = vi.spyOn(decl(':owner/:workspace'), 'module');
    try {
      startFirstRequests(qc, new URL('http://app.test/users/alice'));
      // The user page's data and code start; the workspace page's code is not fetched for nothing.
      expect(userCode).toHaveBeenCalledTimes(1);
      expect(workspaceCode).not.toHaveBeenCalled();
      await waitFor(() =>
        expect(qc.getQueryState(usersQueries.detail('alice').queryKey)?.status).toBe('success'),
      );
    } finally {
      userCode.mockRestore();
      workspaceCode.mockRestore();
    }
  });
});

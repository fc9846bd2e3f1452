/**
 * Issue #13 §1 "stale screens": with a page open that shows the data, a mutation of the resource that owns
 * it refreshes it (keys live under the owning resource and mutations invalidate by domain), and nothing
 * more than that.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { server } from '../mock/runtimes/node';
import { primaryDb } from '../mock/state';
import { renderRoute } from '../test/render';
import { authcheckKeys } from './authcheck';
import { usePatchGroup, type Group } from './groups';
import { useOrgMembership, type MemberWithUserData } from './members';
import { useDeleteUser } from './userMutations';
import { useUpdateWorkspaceAcl } from './workspaceAcl';

/** Runs a mutation hook in the page's own QueryClient, as a dialog on that page would. */
function hookIn<T>(queryClient: QueryClient, hook: () => T) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(hook, { wrapper }).result;
}

const db = () => primaryDb();
const list = (name: string) => screen.findByRole('list', { name });

describe('a page stays true after mutations of other resources', () => {
  it("the user page's groups card follows a group membership change", async () => {
    const { queryClient } = await renderRoute('/users/alice', { as: 'admin' });
    const alice = db().userByUsername('alice')!;
    const other = db().data.groups.find(
      (g) => g.id !== g.organization_id && !db().groupMemberIds(g).includes(alice.id),
    )!;
    expect(within(await list('Groups')).queryByText(other.display_name || other.name)).toBeNull();
    const group = { ...other, members: [] } as unknown as Group;
    const patch = hookIn(queryClient, () => usePatchGroup(group));
    await act(() => patch.current.mutateAsync({ add_users: [alice.id] }));
    expect(await within(await list('Groups')).findByText(other.display_name || other.name)).toBeVisible();
  });

  it("the user page's organizations card follows a membership removal", async () => {
    const { queryClient } = await renderRoute('/users/alice', { as: 'admin' });
    const alice = db().userByUsername('alice')!;
    const orgs = db()
      .membershipsOf(alice.id)
      .map((m) => db().org(m.organization_id)!);
    const leaving = orgs.find((o) => !o.is_default)!;
    expect(leaving, 'the seed puts alice in a second organization').toBeDefined();
    const name = leaving.display_name || leaving.name;
    expect(await within(await list('Organizations')).findByText(name)).toBeVisible();
    const remove = hookIn(queryClient, () => useOrgMembership(leaving.id));
    const member = { user_id: alice.id, username: 'alice', roles: [] } as unknown as MemberWithUserData;
    await act(() => remove.current.mutateAsync({ change: 'remove', member }));
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Organizations' })).queryByText(name)).toBeNull(),
    );
  });

  it("an organization's member list drops a deleted user", async () => {
    const { queryClient } = await renderRoute('/organizations/coder/members', { as: 'admin' });
    const carol = db().userByUsername('carol')!;
    expect(await screen.findByRole('row', { name: /carol@example\.com/ })).toBeVisible();
    for (const w of db()
      .liveWorkspaces()
      .filter((x) => x.owner_id === carol.id))
      w.deleted = true;
    db().changed();
    const del = hookIn(queryClient, () => useDeleteUser());
    await act(() => del.current.mutateAsync({ ...carol, roles: [] } as never));
    await waitFor(() => expect(screen.queryByRole('row', { name: /carol@example\.com/ })).toBeNull());
  });

  it('an ACL save refreshes that workspace, not every authcheck', async () => {
    const { queryClient } = await renderRoute('/users', { as: 'admin' });
    await screen.findByRole('table');
    expect(queryClient.getQueryState(authcheckKeys.site())?.status).toBe('success');
    const ws = db().liveWorkspaces()[0]!;
    const bob = db().userByUsername('bob')!;
    const asked: string[] = [];
    const listen = ({ request }: { request: Request }) => {
      asked.push(`${request.method} ${new URL(request.url).pathname}`);
    };
    server.events.on('request:start', listen);
    try {
      const save = hookIn(queryClient, () => useUpdateWorkspaceAcl());
      const before = { users: [], group: [] };
      const after = { users: [{ id: bob.id, username: 'bob', role: 'use' as const }], group: [] };
      await act(() => save.current.mutateAsync({ id: ws.id, before, after }));
      // The users page's own permission checks are not about this workspace: not asked again.
      expect(asked).toEqual([`PATCH /api/v2/workspaces/${ws.id}/acl`]);
    } finally {
      server.events.removeListener('request:start', listen);
    }
  });
});

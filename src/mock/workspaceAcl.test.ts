/** Workspace sharing through the mock: ACL endpoints and their rules, org sharing settings and side effects. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as } from './testClient';

const db = () => primaryDb();
const uid = (name: string) => db().userByUsername(name)!.id;
const gid = (name: string) => db().data.groups.find((g) => g.name === name)!.id;
const wsId = (owner: string, name: string) =>
  db()
    .liveWorkspaces()
    .find((w) => w.name === name && w.owner_id === uid(owner))!.id;
const staging = () => wsId('oncall-sre', 'staging-env');

describe('workspace ACL', () => {
  it('GET answers users and (singular) group with roles', async () => {
    const bob = await as('bob');
    const res = await bob(`/api/v2/workspaces/${staging()}/acl`);
    expect(res.status).toBe(200);
    expect(res.body.users).toEqual([expect.objectContaining({ username: 'bob', role: 'admin' })]);
    expect(res.body.group).toEqual([
      expect.objectContaining({
        name: 'frontend',
        role: 'use',
        members: [],
        total_member_count: expect.any(Number),
      }),
    ]);
    const carol = await as('carol');
    expect((await carol(`/api/v2/workspaces/${staging()}/acl`)).status).toBe(404);
  });

  it('PATCH merges partially and "" removes; 204', async () => {
    const admin = await as('admin');
    const id = staging();
    expect(
      (await admin(`/api/v2/workspaces/${id}/acl`, 'PATCH', { user_roles: { [uid('carol')]: 'use' } }))
        .status,
    ).toBe(204);
    await admin(`/api/v2/workspaces/${id}/acl`, 'PATCH', { group_roles: { [gid('frontend')]: '' } });
    const acl = (await admin(`/api/v2/workspaces/${id}/acl`)).body;
    expect(acl.users.map((u: { username: string }) => u.username).sort()).toEqual(['bob', 'carol']);
    expect(acl.group).toEqual([]);
    // The API drops access at once.
    const alice = await as('alice');
    expect((await alice(`/api/v2/workspaces/${id}`)).status).toBe(404);
  });

  it('validates ids, roles and existence', async () => {
    const admin = await as('admin');
    const res = await admin(`/api/v2/workspaces/${staging()}/acl`, 'PATCH', {
      user_roles: { nope: 'use', [uid('carol')]: 'owner', '00000000-0000-4000-8000-000000000000': 'use' },
      group_roles: { '00000000-0000-4000-8000-000000000001': 'admin' },
    });
    expect(res).toMatchObject({ status: 400, body: { message: 'Invalid request to update workspace ACL' } });
    expect(res.body.validations.map((v: { field: string }) => v.field)).toEqual([
      'user_roles',
      'user_roles',
      'user_roles',
      'group_roles',
    ]);
  });

  it('use sharees cannot share; admin sharees can (even admin); nobody changes their own role', async () => {
    const id = staging();
    const alice = await as('alice'); // via frontend: use
    expect(
      await alice(`/api/v2/workspaces/${id}/acl`, 'PATCH', { user_roles: { [uid('carol')]: 'use' } }),
    ).toMatchObject({ status: 403, body: { message: 'Forbidden.' } });
    const bob = await as('bob'); // admin
    expect(
      (await bob(`/api/v2/workspaces/${id}/acl`, 'PATCH', { user_roles: { [uid('carol')]: 'admin' } }))
        .status,
    ).toBe(204);
    expect(
      await bob(`/api/v2/workspaces/${id}/acl`, 'PATCH', { user_roles: { [uid('bob')]: '' } }),
    ).toMatchObject({ status: 400, body: { message: 'You cannot change your own workspace sharing role.' } });
    // Org admins may (they can share every workspace in the org).
    const orgadmin = await as('orgadmin');
    expect(
      (await orgadmin(`/api/v2/workspaces/${id}/acl`, 'PATCH', { user_roles: { [uid('orgadmin')]: 'use' } }))
        .status,
    ).toBe(204);
  });

  it('DELETE clears every entry (needs share)', async () => {
    const alice = await as('alice');
    expect((await alice(`/api/v2/workspaces/${staging()}/acl`, 'DELETE')).status).toBe(403);
    const bob = await as('bob');
    expect((await bob(`/api/v2/workspaces/${staging()}/acl`, 'DELETE')).status).toBe(204);
    expect(db().workspace(staging())!.user_acl).toEqual({});
  });
});

describe('org sharing settings', () => {
  it('reads (org read) and updates (org update); bad values 400', async () => {
    const member = await as('member');
    expect((await member('/api/v2/organizations/coder/settings/workspace-sharing')).body).toEqual({
      shareable_workspace_owners: 'everyone',
      sharing_disabled: false,
      sharing_globally_disabled: false,
    });
    expect(
      (
        await member('/api/v2/organizations/coder/settings/workspace-sharing', 'PATCH', {
          shareable_workspace_owners: 'none',
        })
      ).status,
    ).toBe(403);
    const orgadmin = await as('orgadmin');
    expect(
      await orgadmin('/api/v2/organizations/coder/settings/workspace-sharing', 'PATCH', {
        shareable_workspace_owners: 'friends',
      }),
    ).toMatchObject({ status: 400, body: { validations: [{ field: 'shareable_workspace_owners' }] } });
  });

  it('service_accounts deletes shares on people’s workspaces; none deletes all and blocks PATCH', async () => {
    const orgadmin = await as('orgadmin');
    const path = '/api/v2/organizations/coder/settings/workspace-sharing';
    await orgadmin(path, 'PATCH', { shareable_workspace_owners: 'service_accounts' });
    expect(db().workspace(wsId('alice', 'alice-k8s'))!.user_acl).toEqual({});
    expect(db().workspace(staging())!.user_acl).not.toEqual({});
    const alice = await as('alice');
    const aliceDev = wsId('alice', 'alice-dev');
    const authz = await alice('/api/v2/authcheck', 'POST', {
      checks: { s: { object: { resource_type: 'workspace', resource_id: aliceDev }, action: 'share' } },
    });
    expect(authz.body.s).toBe(false);

    await orgadmin(path, 'PATCH', { sharing_disabled: true });
    expect((await orgadmin(path)).body.shareable_workspace_owners).toBe('none');
    expect(db().workspace(staging())!.group_acl).toEqual({});
    expect(
      await orgadmin(`/api/v2/workspaces/${staging()}/acl`, 'PATCH', {
        user_roles: { [uid('carol')]: 'use' },
      }),
    ).toMatchObject({
      status: 403,
      body: { message: 'Workspace sharing is disabled for this organization.' },
    });
  });

  it('reports the deployment-wide switch', async () => {
    db().data.deployment.disable_workspace_sharing = true;
    const member = await as('member');
    expect((await member('/api/v2/organizations/coder/settings/workspace-sharing')).body).toMatchObject({
      shareable_workspace_owners: 'none',
      sharing_globally_disabled: true,
    });
  });
});

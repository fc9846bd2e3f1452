/** Organizations, members, org roles and custom roles through the mock's HTTP surface. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as } from './testClient';

const orgs = '/api/v2/organizations';

describe('organizations', () => {
  it('an owner creates an org: 201, creator is a member, Everyone group id = org id', async () => {
    const admin = await as('admin');
    const r = await admin(orgs, 'POST', { name: 'acme', description: 'Acme' });
    expect(r).toMatchObject({ status: 201, body: { name: 'acme', display_name: 'acme', is_default: false } });
    const members = await admin(`${orgs}/acme/paginated-members`);
    expect(members.body.members.map((m: { username: string }) => m.username)).toEqual(['admin']);
    expect((await admin(`/api/v2/groups/${r.body.id}`)).body).toMatchObject({
      name: 'Everyone',
      total_member_count: 1,
    });
  });

  it('validates names like Coder: tag failures, reserved "default", 409 on duplicates', async () => {
    const admin = await as('admin');
    expect(await admin(orgs, 'POST', { name: 'Bad Name!' })).toMatchObject({
      status: 400,
      body: { validations: [{ field: 'name' }] },
    });
    expect((await admin(orgs, 'POST', { name: 'default' })).status).toBe(400);
    expect(await admin(orgs, 'POST', { name: 'platform' })).toMatchObject({
      status: 409,
      body: { message: 'Organization already exists with that name.' },
    });
  });

  it('refuses non-owners, and everything without the Premium entitlement', async () => {
    expect((await (await as('orgadmin'))(orgs, 'POST', { name: 'x1' })).status).toBe(403);
    primaryDb().data.deployment.premium = false;
    const r = await (await as('admin'))(orgs, 'POST', { name: 'x2' });
    expect(r).toMatchObject({
      status: 403,
      body: { message: 'Multiple Organizations is a Premium feature. Contact sales!' },
    });
  });

  it('an org admin edits its own org but cannot see another (404)', async () => {
    const orgadmin = await as('orgadmin');
    expect(await orgadmin(`${orgs}/coder`, 'PATCH', { display_name: 'Coder HQ' })).toMatchObject({
      status: 200,
      body: { display_name: 'Coder HQ' },
    });
    expect((await orgadmin(`${orgs}/research`, 'PATCH', { display_name: 'Nope' })).status).toBe(404);
    // A member of platform without admin roles there may read but not edit it.
    expect((await (await as('alice'))(`${orgs}/platform`, 'PATCH', { display_name: 'x' })).status).toBe(403);
  });

  it('deletes: not the default org (400), not while it has members (500), then 200', async () => {
    const admin = await as('admin');
    expect(await admin(`${orgs}/coder`, 'DELETE')).toMatchObject({
      status: 400,
      body: { message: 'Default organization cannot be deleted.' },
    });
    await admin(orgs, 'POST', { name: 'temp' });
    await admin(`${orgs}/temp/members/alice`, 'POST');
    const blocked = await admin(`${orgs}/temp`, 'DELETE');
    expect(blocked.status).toBe(500);
    expect(blocked.body.detail).toMatch(/1 members/);
    await admin(`${orgs}/temp/members/alice`, 'DELETE');
    expect((await admin(`${orgs}/temp`, 'DELETE')).status).toBe(200);
    expect((await admin(`${orgs}/temp`)).status).toBe(404);
  });
});

describe('members', () => {
  it('paginates with the users grammar and a total count', async () => {
    const admin = await as('admin');
    const r = await admin(`${orgs}/coder/paginated-members?limit=5&offset=0`);
    expect(r.body.members).toHaveLength(5);
    expect(r.body.count).toBeGreaterThan(100);
    const names = r.body.members.map((m: { username: string }) => m.username);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const search = await admin(`${orgs}/coder/paginated-members?q=alice`);
    expect(search.body.members.map((m: { username: string }) => m.username)).toContain('alice');
    expect((await admin(`${orgs}/coder/paginated-members?q=bogus:1`)).status).toBe(400);
    expect((await admin(`${orgs}/coder/members?q=status:active`)).status).toBe(400);
  });

  it('adds, refuses duplicates and self-removal, removes with 204', async () => {
    const admin = await as('admin');
    expect((await admin(`${orgs}/research/members/bob`, 'POST')).status).toBe(200);
    expect(await admin(`${orgs}/research/members/bob`, 'POST')).toMatchObject({
      status: 400,
      body: { message: 'User is already an organization member' },
    });
    expect((await admin(`${orgs}/coder/members/admin`, 'DELETE')).status).toBe(400);
    expect((await admin(`${orgs}/research/members/bob`, 'DELETE')).status).toBe(204);
  });

  it('assigns org roles by the assignable matrix; never one’s own', async () => {
    const orgadmin = await as('orgadmin');
    expect(
      (
        await orgadmin(`${orgs}/coder/members/alice/roles`, 'PUT', {
          roles: ['organization-auditor', 'workspace-viewer'],
        })
      ).body.roles,
    ).toHaveLength(2);
    expect((await orgadmin(`${orgs}/coder/members/orgadmin/roles`, 'PUT', { roles: [] })).status).toBe(400);
    // Organization user admin in platform may not grant organization-admin there.
    expect(
      (await orgadmin(`${orgs}/platform/members/alice/roles`, 'PUT', { roles: ['organization-admin'] }))
        .status,
    ).toBe(403);
    expect((await orgadmin(`${orgs}/coder/members/alice/roles`, 'PUT', { roles: ['nope'] })).status).toBe(
      400,
    );
  });

  it('lets org admins find users to add without seeing the site-wide user list permission', async () => {
    const orgadmin = await as('orgadmin');
    const r = await orgadmin('/api/v2/users?q=carol&limit=5');
    expect(r.body.users.map((u: { username: string }) => u.username)).toContain('carol');
  });
});

describe('roles and custom roles', () => {
  it('lists org roles with assignable for the caller; hides the org from outsiders', async () => {
    const orgadmin = await as('orgadmin');
    const platform = await orgadmin(`${orgs}/platform/members/roles`);
    const byName = Object.fromEntries(
      platform.body.map((r: { name: string; assignable: boolean }) => [r.name, r.assignable]),
    );
    expect(byName).toMatchObject({ 'organization-admin': false, 'organization-workspace-access': true });
    const coder = await orgadmin(`${orgs}/coder/members/roles`);
    expect(coder.body.find((r: { name: string }) => r.name === 'workspace-viewer')).toMatchObject({
      built_in: false,
      assignable: true,
    });
    expect((await orgadmin(`${orgs}/research/members/roles`)).status).toBe(404);
  });

  it('creates, updates and deletes custom roles with Coder’s rules', async () => {
    const admin = await as('admin');
    const path = `${orgs}/platform/members/roles`;
    const perm = (resource_type: string, action: string) => ({ negate: false, resource_type, action });
    const created = await admin(path, 'POST', {
      name: 'group-maker',
      display_name: 'Group maker',
      organization_permissions: [perm('group', 'create'), perm('group', 'fly')],
    });
    expect(created).toMatchObject({
      status: 200,
      body: { name: 'group-maker', organization_permissions: [perm('group', 'create')] },
    });
    expect(await admin(path, 'POST', { name: 'organization-admin' })).toMatchObject({
      status: 400,
      body: { message: 'Reserved role name' },
    });
    expect((await admin(path, 'POST', { name: 'x', site_permissions: [perm('user', 'read')] })).status).toBe(
      400,
    );
    expect((await admin(path, 'PUT', { name: 'missing', organization_permissions: [] })).status).toBe(404);
    expect(
      (await admin(path, 'PUT', { name: 'group-maker', display_name: 'GM', organization_permissions: [] }))
        .body.display_name,
    ).toBe('GM');
    expect((await admin(`${path}/group-maker`, 'DELETE')).status).toBe(204);
    expect((await (await as('alice'))(path, 'POST', { name: 'mine' })).status).toBe(403);
  });

  it('a custom role really grants its permissions, in handlers and authcheck', async () => {
    const admin = await as('admin');
    await admin(`${orgs}/platform/members/roles`, 'POST', {
      name: 'group-maker',
      display_name: 'Group maker',
      organization_permissions: [{ negate: false, resource_type: 'group', action: 'create' }],
    });
    const alice = await as('alice');
    const platformId = (await alice(`${orgs}/platform`)).body.id;
    const check = {
      checks: { g: { object: { resource_type: 'group', organization_id: platformId }, action: 'create' } },
    };
    expect((await alice('/api/v2/authcheck', 'POST', check)).body.g).toBe(false);
    expect((await alice(`${orgs}/platform/groups`, 'POST', { name: 'alices' })).status).toBe(403);
    await admin(`${orgs}/platform/members/alice/roles`, 'PUT', { roles: ['group-maker'] });
    expect((await alice('/api/v2/authcheck', 'POST', check)).body.g).toBe(true);
    expect((await alice(`${orgs}/platform/groups`, 'POST', { name: 'alices' })).status).toBe(201);
  });
});

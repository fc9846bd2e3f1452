/** Coder's rules on query values, field limits and refusals, through the mock's HTTP surface. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as } from './testClient';

const db = () => primaryDb();
const uid = (name: string) => db().userByUsername(name)!.id;
const INVALID_PARAMS = 'Query parameters have invalid values.';

describe('query values', () => {
  it('refuses unknown enum values and non-uuids in searches with Coder’s messages', async () => {
    const admin = await as('admin');
    const users = (q: string) => admin(`/api/v2/users?q=${encodeURIComponent(q)}`);
    expect(await users('status:bogus')).toMatchObject({
      status: 400,
      body: {
        message: 'Invalid user search query.',
        validations: [
          {
            field: 'status',
            detail: 'Query param "status" has invalid values: "bogus" is not a valid value',
          },
        ],
      },
    });
    expect((await users('status:active,bogus login_type:nope')).body.validations).toEqual([
      { field: 'status', detail: 'Query param "status" has invalid values: "bogus" is not a valid value' },
      {
        field: 'login_type',
        detail: 'Query param "login_type" has invalid values: "nope" is not a valid value',
      },
    ]);
    expect((await users('status:active,dormant login_type:password')).status).toBe(200);
    // The same grammar on members and group members.
    expect((await admin('/api/v2/organizations/coder/paginated-members?q=status:bogus')).status).toBe(400);

    const workspaces = (q: string) => admin(`/api/v2/workspaces?q=${encodeURIComponent(q)}`);
    expect(await workspaces('status:bogus')).toMatchObject({
      status: 400,
      body: {
        message: 'Invalid workspace search query.',
        validations: [
          { field: 'status', detail: 'Query param "status" has invalid value: "bogus" is not a valid value' },
        ],
      },
    });
    expect((await workspaces('id:not-a-uuid')).body.validations).toEqual([
      { field: 'id', detail: 'Query param "id" has invalid values: invalid UUID length: 10' },
    ]);
    const id = db().liveWorkspaces()[0]!.id;
    const byId = await workspaces(`id:${id.toUpperCase().replaceAll('-', '')}`);
    expect(byId.body.workspaces.map((w: { id: string }) => w.id)).toEqual([id]);
  });

  it('accepts limit/offset only as plain 32-bit non-negative integers, and after_id only as a uuid', async () => {
    const admin = await as('admin');
    for (const [query, field, detail] of [
      ['limit=1.5', 'limit', 'strconv.ParseInt: parsing "1.5": invalid syntax'],
      ['limit=1e1', 'limit', 'strconv.ParseInt: parsing "1e1": invalid syntax'],
      ['limit=0x10', 'limit', 'strconv.ParseInt: parsing "0x10": invalid syntax'],
      ['limit=%205', 'limit', 'strconv.ParseInt: parsing " 5": invalid syntax'],
      ['offset=-1', 'offset', 'value is negative'],
      ['limit=99999999999', 'limit', 'strconv.ParseInt: parsing "99999999999": value out of range'],
    ]) {
      expect(await admin(`/api/v2/users?${query}`), query).toMatchObject({
        status: 400,
        body: {
          message: INVALID_PARAMS,
          validations: [
            { field, detail: `Query param "${field}" must be a valid 32-bit positive integer: ${detail}` },
          ],
        },
      });
    }
    expect(await admin('/api/v2/users?after_id=alice')).toMatchObject({
      status: 400,
      body: {
        message: INVALID_PARAMS,
        validations: [{ field: 'after_id', detail: 'Query param "after_id" must be a valid uuid' }],
      },
    });
    expect((await admin('/api/v2/workspaces?limit=abc')).status).toBe(400);
    expect((await admin('/api/v2/organizations/coder/paginated-members?after_id=x')).status).toBe(400);
    // A well-formed cursor that names no user matches nothing (Coder's SQL compares with NULL).
    const none = await admin(`/api/v2/users?after_id=${crypto.randomUUID()}`);
    expect(none).toMatchObject({ status: 200, body: { users: [], count: 0 } });
    expect((await admin('/api/v2/users?limit=%2B2')).body.users).toHaveLength(2);
  });
});

describe('field limits', () => {
  it('counts display-name and real-name limits in bytes, and refuses NUL', async () => {
    const admin = await as('admin');
    const patchOrg = (body: object) => admin('/api/v2/organizations/platform', 'PATCH', body);
    // 32 two-byte characters are 64 bytes (allowed); 33 are 66 bytes, though only 33 characters.
    expect((await patchOrg({ display_name: 'é'.repeat(32) })).status).toBe(200);
    expect(await patchOrg({ display_name: 'é'.repeat(33) })).toMatchObject({
      status: 400,
      body: { message: 'Validation failed.', validations: [{ field: 'display_name' }] },
    });
    expect((await patchOrg({ display_name: 'a\0b' })).status).toBe(400);
    expect((await patchOrg({ display_name: 'two\nlines' })).status).toBe(400);
    expect(db().org('platform')!.display_name).toBe('é'.repeat(32));

    const profile = (name: string) =>
      admin('/api/v2/users/alice/profile', 'PUT', { username: 'alice', name });
    expect((await profile('ü'.repeat(64))).status).toBe(200);
    expect(await profile('ü'.repeat(65))).toMatchObject({
      status: 400,
      body: { validations: [{ field: 'name' }] },
    });
    expect((await profile('Alice\0')).status).toBe(400);

    const group = await admin(
      `/api/v2/groups/${db().data.groups.find((g) => g.name === 'frontend')!.id}`,
      'PATCH',
      {
        display_name: '日本'.repeat(11),
      },
    );
    expect(group).toMatchObject({ status: 400, body: { validations: [{ field: 'display_name' }] } });
  });

  it('refuses a 5 MB description and oversized icon URLs with a validation error, storing nothing', async () => {
    const admin = await as('admin');
    const before = db().org('platform')!.description;
    const big = await admin('/api/v2/organizations/platform', 'PATCH', {
      description: 'x'.repeat(5 * 1024 * 1024),
    });
    expect(big).toMatchObject({
      status: 400,
      body: { message: 'Validation failed.', validations: [{ field: 'description' }] },
    });
    expect(db().org('platform')!.description).toBe(before);
    const icon = `https://example.com/${'a'.repeat(3000)}.svg`;
    expect((await admin('/api/v2/organizations', 'POST', { name: 'big-icon', icon })).status).toBe(400);
    expect(db().org('big-icon')).toBeUndefined();
    const avatar = await admin('/api/v2/organizations/coder/groups', 'POST', {
      name: 'g1',
      avatar_url: icon,
    });
    expect(avatar).toMatchObject({ status: 400, body: { validations: [{ field: 'avatar_url' }] } });
  });
});

describe('refusals', () => {
  it('a member creating an existing username or email gets 403, not a 409 that confirms it exists', async () => {
    const member = await as('member');
    const org = db().defaultOrg().id;
    const create = (username: string, email: string) =>
      member('/api/v2/users', 'POST', {
        username,
        email,
        password: 'Xk9!vR2#mQ7$wL',
        organization_ids: [org],
      });
    for (const [username, email] of [
      ['alice', 'new@example.com'],
      ['brand-new', 'alice@example.com'],
      ['brand-new', 'new@example.com'],
    ]) {
      expect(await create(username!, email!)).toMatchObject({
        status: 403,
        body: { message: 'You are not authorized to create users.' },
      });
    }
    const admin = await as('admin');
    expect(
      (
        await admin('/api/v2/users', 'POST', {
          username: 'alice',
          email: 'x@example.com',
          password: 'Xk9!vR2#mQ7$wL',
          organization_ids: [org],
        })
      ).status,
    ).toBe(409);
  });

  it('refuses changing default_org_member_roles without the minimum-implicit-member experiment', async () => {
    const admin = await as('admin');
    const patch = (roles: string[]) =>
      admin('/api/v2/organizations/platform', 'PATCH', { default_org_member_roles: roles });
    expect(await patch([])).toMatchObject({
      status: 403,
      body: { message: 'Changing default organization roles is not enabled on this deployment.' },
    });
    expect((await patch(['organization-auditor'])).status).toBe(403);
    expect(db().org('platform')!.default_org_member_roles).toEqual(['organization-workspace-access']);
    expect((await patch(['organization-workspace-access'])).status).toBe(200);
  });

  it('hides the workspace-sharing settings of an organization the caller cannot see (404)', async () => {
    const hidden = db().data.organizations.find((o) => !db().membership(o.id, uid('member')))!;
    const member = await as('member');
    const path = `/api/v2/organizations/${hidden.name}/settings/workspace-sharing`;
    expect((await member(path)).status).toBe(404);
    expect((await member(path, 'PATCH', { shareable_workspace_owners: 'none' })).status).toBe(404);
    expect(db().org(hidden.id)!.shareable_workspace_owners).toBe('everyone');
    // Visible but not editable: 403.
    expect((await member('/api/v2/organizations/coder/settings/workspace-sharing')).status).toBe(200);
    const refused = await member('/api/v2/organizations/coder/settings/workspace-sharing', 'PATCH', {
      shareable_workspace_owners: 'none',
    });
    expect(refused.status).toBe(403);
  });

  it('authcheck `user read` agrees with what GET /users returns', async () => {
    const total = db().liveUsers().length;
    for (const [username, readsAll] of [
      ['orgadmin', true],
      ['member', false],
    ] as const) {
      const c = await as(username);
      const check = await c('/api/v2/authcheck', 'POST', {
        checks: { read: { object: { resource_type: 'user' }, action: 'read' } },
      });
      const list = await c('/api/v2/users');
      expect(check.body.read, username).toBe(readsAll);
      expect(list.body.count, username).toBe(readsAll ? total : 1);
    }
  });
});

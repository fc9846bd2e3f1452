/**
 * Every write endpoint decodes its body the way Coder's `httpapi.Read` does: a body that is not a JSON
 * object, or a field of the wrong type, is a 400 "Request body must be valid JSON." (never a 500), and
 * `null` decodes to the zero struct, so it is answered exactly like `{}`.
 */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { call, tokenFor } from './testClient';

const db = () => primaryDb();
const uid = (name: string) => db().userByUsername(name)!.id;
const gid = (name: string) => db().data.groups.find((g) => g.name === name)!.id;
const ws = () =>
  db()
    .liveWorkspaces()
    .find((w) => w.name === 'staging-env' && w.owner_id === uid('oncall-sre'))!.id;
const templateId = () => db().data.templates.find((t) => t.organization_id === db().defaultOrg().id)!.id;

type Row = { method: string; path: () => string; wrong: Record<string, unknown>[]; anonymous?: boolean };

/** Each write endpoint with a body, and fields of the wrong type for it. */
const WRITES: Record<string, Row> = {
  login: {
    method: 'POST',
    path: () => '/api/v2/users/login',
    wrong: [{ email: 123, password: 'x' }],
    anonymous: true,
  },
  'validate password': {
    method: 'POST',
    path: () => '/api/v2/users/validate-password',
    wrong: [{ password: 1 }],
  },
  authcheck: {
    method: 'POST',
    path: () => '/api/v2/authcheck',
    wrong: [{ checks: 'x' }, { checks: { a: { object: { resource_type: 1 }, action: 'read' } } }],
  },
  'create user': {
    method: 'POST',
    path: () => '/api/v2/users',
    wrong: [{ username: 123 }, { username: 'zed', roles: 'owner' }, { organization_ids: 'x' }],
  },
  profile: {
    method: 'PUT',
    path: () => '/api/v2/users/alice/profile',
    wrong: [{ username: 'alice', name: 123 }],
  },
  'site roles': { method: 'PUT', path: () => '/api/v2/users/alice/roles', wrong: [{ roles: 'owner' }] },
  password: { method: 'PUT', path: () => '/api/v2/users/alice/password', wrong: [{ password: 1 }] },
  'create org': { method: 'POST', path: () => '/api/v2/organizations', wrong: [{ name: 123 }] },
  'patch org': {
    method: 'PATCH',
    path: () => '/api/v2/organizations/platform',
    wrong: [{ description: 5 }, { default_org_member_roles: 'x' }, { icon: {} }],
  },
  'create custom role': {
    method: 'POST',
    path: () => '/api/v2/organizations/coder/members/roles',
    wrong: [{ name: 'r', organization_permissions: 'x' }],
  },
  'update custom role': {
    method: 'PUT',
    path: () => '/api/v2/organizations/coder/members/roles',
    wrong: [{ name: 'r', organization_permissions: [{ resource_type: 1, action: 'read' }] }],
  },
  'member roles': {
    method: 'PUT',
    path: () => '/api/v2/organizations/coder/members/alice/roles',
    wrong: [{ roles: 'organization-admin' }, { roles: [1] }],
  },
  'create group': {
    method: 'POST',
    path: () => '/api/v2/organizations/coder/groups',
    wrong: [
      { name: 'g', quota_allowance: 1.5 },
      { name: 'g', quota_allowance: '1' },
    ],
  },
  'patch group': {
    method: 'PATCH',
    path: () => `/api/v2/groups/${gid('frontend')}`,
    wrong: [{ add_users: uid('alice') }, { name: false }],
  },
  'workspace ACL': {
    method: 'PATCH',
    path: () => `/api/v2/workspaces/${ws()}/acl`,
    wrong: [{ user_roles: [] }, { group_roles: { [gid('frontend')]: 1 } }],
  },
  'sharing settings': {
    method: 'PATCH',
    path: () => '/api/v2/organizations/coder/settings/workspace-sharing',
    wrong: [{ sharing_disabled: 'yes' }, { shareable_workspace_owners: 0 }],
  },
  'rename workspace': { method: 'PATCH', path: () => `/api/v2/workspaces/${ws()}`, wrong: [{ name: 1 }] },
  build: { method: 'POST', path: () => `/api/v2/workspaces/${ws()}/builds`, wrong: [{ transition: 1 }] },
  'create workspace': {
    method: 'POST',
    path: () => '/api/v2/users/me/workspaces',
    wrong: [{ name: 'w', template_id: 5 }],
  },
  'create workspace in org': {
    method: 'POST',
    path: () => '/api/v2/organizations/coder/members/alice/workspaces',
    wrong: [{ name: 123, template_id: templateId() }],
  },
};

const INVALID = 'Request body must be valid JSON.';

describe('request bodies', () => {
  for (const [name, row] of Object.entries(WRITES)) {
    it(name, async () => {
      const token = row.anonymous ? undefined : await tokenFor('admin');
      const send = (init: { body?: unknown; raw?: string }) =>
        call(row.path(), { method: row.method, token, ...init });

      for (const raw of ['', '{"name":', 'not json']) {
        expect(await send({ raw }), `raw ${JSON.stringify(raw)}`).toMatchObject({
          status: 400,
          body: { message: INVALID },
        });
      }
      for (const body of [[], [{}], 'owner', 123, true]) {
        const r = await send({ body });
        expect(r, JSON.stringify(body)).toMatchObject({ status: 400, body: { message: INVALID } });
        expect(r.body.detail).toMatch(/^json: cannot unmarshal \w+.* into Go value of type codersdk\.\w+$/);
      }
      for (const body of row.wrong) {
        const r = await send({ body });
        expect(r, JSON.stringify(body)).toMatchObject({ status: 400, body: { message: INVALID } });
        expect(r.body.detail).toMatch(/into Go struct field \w+\.[\w.]+ of type/);
      }
      // null is Go's zero struct: the same answer as {}.
      const asNull = await send({ body: null });
      const asEmpty = await send({ body: {} });
      expect(asNull.status).toBeLessThan(500);
      expect({ status: asNull.status, message: asNull.body?.message }).toEqual({
        status: asEmpty.status,
        message: asEmpty.body?.message,
      });
    });
  }

  it('null fields read as absent, like Go pointers left nil', async () => {
    const token = await tokenFor('admin');
    const before = db().org('platform')!;
    const r = await call('/api/v2/organizations/platform', {
      method: 'PATCH',
      token,
      body: { description: null, icon: null, display_name: null, default_org_member_roles: null },
    });
    expect(r).toMatchObject({ status: 200, body: { description: before.description, icon: before.icon } });
    const check = await call('/api/v2/authcheck', {
      method: 'POST',
      token,
      body: {
        checks: {
          a: { object: { resource_type: 'user', owner_id: null, resource_id: null }, action: 'read' },
        },
      },
    });
    expect(check).toMatchObject({ status: 200, body: { a: true } });
  });
});

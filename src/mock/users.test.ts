/** `GET /api/v2/users` search grammar and the users-administration endpoints, through the mock's HTTP surface. */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../lib/demoAccounts';
import { primaryDb } from './state';
import { as, call } from './testClient';

type U = {
  username: string;
  status: string;
  roles: { name: string }[];
  email: string;
  last_seen_at?: string;
  is_service_account?: boolean;
};
const q = (query: string, extra = '') => `/api/v2/users?q=${encodeURIComponent(query)}${extra}`;
const names = (body: { users: U[] }) => body.users.map((u) => u.username);

describe('GET /users search grammar', () => {
  it('pages with count = all matches, sorted by username', async () => {
    const admin = await as('admin');
    const all = await admin('/api/v2/users?limit=0');
    const page = await admin('/api/v2/users?limit=25&offset=25');
    expect(page.body.users).toHaveLength(25);
    expect(page.body.count).toBe(all.body.count);
    expect(names(page.body)).toEqual(names(all.body).slice(25, 50));
    const sorted = [...names(all.body)].sort((a, b) => a.localeCompare(b));
    expect(names(all.body)).toEqual(sorted);
  });

  it('filters by status, role, service account, free text and combinations', async () => {
    const admin = await as('admin');
    const suspended = (await admin(q('status:suspended'))).body as { users: U[] };
    expect(suspended.users.length).toBeGreaterThan(0);
    expect(suspended.users.every((u) => u.status === 'suspended')).toBe(true);
    expect(names(suspended)).toContain('suspended');

    const owners = (await admin(q('role:owner'))).body as { users: U[] };
    expect(owners.users.every((u) => u.roles.some((r) => r.name === 'owner'))).toBe(true);
    expect(names(owners)).toContain('admin');

    expect(names((await admin(q('service_account:true'))).body)).toEqual(['ci-bot', 'oncall-sre']);
    expect(names((await admin(q('ALICE'))).body)).toEqual(['alice']);
    expect(names((await admin(q('role:user-admin,owner status:active useradmin'))).body)).toEqual([
      'useradmin',
    ]);
  });

  it('computes dormancy from last_seen_at and filters on it', async () => {
    const admin = await as('admin');
    const cutoff = new Date(Date.now() - 90 * 24 * 3600 * 1000).toISOString();
    const dormant = (await admin(q('status:dormant'))).body as { users: U[] };
    expect(dormant.users.length).toBeGreaterThan(0);
    expect(dormant.users.every((u) => u.status === 'dormant')).toBe(true);
    const notSeen = (await admin(q(`last_seen_before:"${cutoff}"`))).body as { users: U[] };
    const notSeenActive = notSeen.users.filter((u) => u.status !== 'suspended' && !u.is_service_account);
    expect(notSeenActive.length).toBeGreaterThan(0);
    expect(notSeenActive.every((u) => u.status === 'dormant')).toBe(true);
  });

  it('sends a never-seen user’s last_seen_at as Go’s zero time, which is before any date a filter names', async () => {
    const admin = await as('admin');
    const bot = ((await admin(q('ci-bot'))).body as { users: U[] }).users[0];
    expect(bot?.last_seen_at).toBe('0001-01-01T00:00:00Z');
    const members = await admin('/api/v2/organizations/coder/paginated-members?q=ci-bot');
    expect(members.body.members[0].last_seen_at).toBe('0001-01-01T00:00:00Z');
    expect(names((await admin(q('ci-bot last_seen_before:"1960-01-01T00:00:00Z"'))).body)).toEqual([
      'ci-bot',
    ]);
    expect(names((await admin(q('ci-bot last_seen_after:"1960-01-01T00:00:00Z"'))).body)).toEqual([]);
    expect(names((await admin(q('alice last_seen_after:"1960-01-01T00:00:00Z"'))).body)).toEqual(['alice']);
  });

  it('answers 400 with validations for unknown keys and bad dates', async () => {
    const admin = await as('admin');
    expect(await admin(q('colour:blue'))).toMatchObject({
      status: 400,
      body: {
        message: 'Invalid user search query.',
        validations: [{ field: 'colour', detail: '"colour" is not a valid query param' }],
      },
    });
    const bad = await admin(q('last_seen_after:yesterday'));
    expect(bad.status).toBe(400);
    expect(bad.body.validations[0].field).toBe('last_seen_after');
  });
});

const strong = 'Fresh-Temporary-Pass-42!';

describe('users administration', () => {
  it('creates users: validations, 409, default org, dormant until first login; members get 403', async () => {
    const admin = await as('admin');
    const bad = await admin('/api/v2/users', 'POST', {
      username: 'Bad Name',
      email: 'nope',
      organization_ids: [],
    });
    expect(bad).toMatchObject({ status: 400, body: { message: 'Validation failed.' } });
    expect(bad.body.validations.map((v: { field: string }) => v.field)).toEqual(['username', 'email']);
    const weak = await admin('/api/v2/users', 'POST', {
      username: 'dave',
      email: 'dave@example.com',
      password: 'short',
      organization_ids: ['00000000-0000-0000-0000-000000000000'],
    });
    expect(weak).toMatchObject({ status: 400, body: { validations: [{ field: 'password' }] } });
    const ok = await admin('/api/v2/users', 'POST', {
      username: 'dave',
      email: 'dave@example.com',
      password: strong,
      login_type: 'password',
      organization_ids: ['00000000-0000-0000-0000-000000000000'],
    });
    expect(ok).toMatchObject({ status: 201, body: { username: 'dave', status: 'dormant' } });
    expect(ok.body.organization_ids).toEqual([primaryDb().defaultOrg().id]);
    expect(
      (
        await admin('/api/v2/users', 'POST', {
          username: 'dave',
          email: 'x@example.com',
          organization_ids: [ok.body.organization_ids[0]],
          password: strong,
        })
      ).status,
    ).toBe(409);
    const member = await as('member');
    expect(
      await member('/api/v2/users', 'POST', {
        username: 'eve',
        email: 'eve@example.com',
        password: strong,
        organization_ids: [ok.body.organization_ids[0]],
      }),
    ).toMatchObject({ status: 403, body: { message: 'You are not authorized to create users.' } });
  });

  it('creates service accounts without email or password, Premium only', async () => {
    const admin = await as('admin');
    const org = primaryDb().defaultOrg().id;
    const sa = await admin('/api/v2/users', 'POST', {
      username: 'deploy-bot',
      service_account: true,
      organization_ids: [org],
    });
    expect(sa).toMatchObject({
      status: 201,
      body: { is_service_account: true, login_type: 'none', email: '' },
    });
    expect(
      (
        await admin('/api/v2/users', 'POST', {
          username: 'b2',
          service_account: true,
          email: 'a@b.co',
          organization_ids: [org],
        })
      ).body.message,
    ).toBe('Email cannot be set for service accounts.');
    primaryDb().data.deployment.premium = false;
    expect(
      (
        await admin('/api/v2/users', 'POST', {
          username: 'b3',
          service_account: true,
          organization_ids: [org],
        })
      ).body.message,
    ).toBe('Service Accounts is a Premium feature. Contact sales!');
  });

  it('suspends and activates; refuses self, owners and members; a suspended user cannot sign in', async () => {
    const ua = await as('useradmin');
    expect((await ua('/api/v2/users/useradmin/status/suspend', 'PUT')).body.message).toBe(
      'You cannot suspend yourself.',
    );
    expect((await ua('/api/v2/users/admin/status/suspend', 'PUT')).body.message).toMatch(/"owner" role/);
    expect((await (await as('member'))('/api/v2/users/alice/status/suspend', 'PUT')).status).toBe(404);
    expect((await (await as('auditor'))('/api/v2/users/alice/status/suspend', 'PUT')).status).toBe(403);
    const aliceToken = (
      await call('/api/v2/users/login', {
        method: 'POST',
        body: { email: 'alice@example.com', password: DEMO_PASSWORD },
      })
    ).body.session_token;
    expect(await ua('/api/v2/users/alice/status/suspend', 'PUT')).toMatchObject({
      status: 200,
      body: { status: 'suspended' },
    });
    expect((await call('/api/v2/users/me', { token: aliceToken })).status).toBe(401);
    const login = await call('/api/v2/users/login', {
      method: 'POST',
      body: { email: 'alice@example.com', password: DEMO_PASSWORD },
    });
    expect(login.body.message).toBe(
      'Your account is suspended. Contact an admin to reactivate your account.',
    );
    expect((await ua('/api/v2/users/alice/status/activate', 'PUT')).body.status).toBe('active');
  });

  it('activate answers active for a user never seen, and the user stays active', async () => {
    const admin = await as('admin');
    const created = await admin('/api/v2/users', 'POST', {
      username: 'newcomer',
      email: 'newcomer@example.com',
      password: strong,
      login_type: 'password',
      organization_ids: [primaryDb().defaultOrg().id],
    });
    expect(created.body.status).toBe('dormant');
    const activated = await admin('/api/v2/users/newcomer/status/activate', 'PUT');
    expect(activated).toMatchObject({ status: 200, body: { status: 'active' } });
    expect((await admin('/api/v2/users/newcomer')).body.status).toBe('active');
    expect(names((await admin(q('newcomer status:active'))).body)).toEqual(['newcomer']);
  });

  it('edits roles within what the caller may assign', async () => {
    const ua = await as('useradmin');
    const roles = (await ua('/api/v2/users/roles')).body as { name: string; assignable: boolean }[];
    expect(roles.map((r) => r.name)).toEqual(['owner', 'auditor', 'user-admin', 'template-admin']);
    expect(roles.every((r) => !r.assignable)).toBe(true);
    expect((await ua('/api/v2/users/alice/roles', 'PUT', { roles: ['auditor'] })).status).toBe(403);
    const admin = await as('admin');
    expect((await admin('/api/v2/users/admin/roles', 'PUT', { roles: [] })).body.message).toBe(
      'You cannot change your own roles.',
    );
    const r = await admin('/api/v2/users/alice/roles', 'PUT', { roles: ['auditor', 'member'] });
    expect(r.body.roles).toEqual([{ name: 'auditor', display_name: 'Auditor' }]);
    expect((await admin('/api/v2/users/alice/roles')).body.roles).toEqual(['auditor']);
  });

  it('changes passwords: old password for self, admins reset others and end their sessions', async () => {
    const alice = await as('alice');
    expect((await alice('/api/v2/users/me/password', 'PUT', { password: strong })).body.message).toBe(
      'Old password is required.',
    );
    expect(
      await alice('/api/v2/users/me/password', 'PUT', { password: strong, old_password: 'wrong' }),
    ).toMatchObject({ status: 400, body: { validations: [{ field: 'old_password' }] } });
    expect((await alice('/api/v2/users/bob/password', 'PUT', { password: strong })).status).toBe(404);
    const ua = await as('useradmin');
    expect(
      (await ua('/api/v2/users/admin/password', 'PUT', { password: strong, old_password: '' })).body.message,
    ).toBe('Only owners can change the password of an owner.');
    expect(
      (await ua('/api/v2/users/alice/password', 'PUT', { password: strong, old_password: '' })).status,
    ).toBe(204);
    expect((await alice('/api/v2/users/me')).status).toBe(401);
    const login = await call('/api/v2/users/login', {
      method: 'POST',
      body: { email: 'alice@example.com', password: strong },
    });
    expect(login.status).toBe(201);
  });

  it('updates profiles: own name, username needs user:update, 409 on a taken username', async () => {
    const alice = await as('alice');
    expect(
      await alice('/api/v2/users/me/profile', 'PUT', { username: 'alice', name: 'Alice L.' }),
    ).toMatchObject({ status: 200, body: { name: 'Alice L.' } });
    expect((await alice('/api/v2/users/me/profile', 'PUT', { username: 'alice2' })).status).toBe(404);
    const admin = await as('admin');
    expect(await admin('/api/v2/users/alice/profile', 'PUT', { username: 'bob' })).toMatchObject({
      status: 409,
      body: { validations: [{ field: 'username', detail: 'This username is already in use.' }] },
    });
  });

  it('keeps the list in username order after a rename (the sorted list is rebuilt on change)', async () => {
    const admin = await as('admin');
    await admin('/api/v2/users?limit=0');
    expect((await admin('/api/v2/users/alice/profile', 'PUT', { username: 'zz-alice' })).status).toBe(200);
    const after = names((await admin('/api/v2/users?limit=0')).body);
    expect(after).toContain('zz-alice');
    expect(after).not.toContain('alice');
    expect(after).toEqual([...after].sort((a, b) => a.localeCompare(b)));
  });

  it('deletes users: not yourself, not with workspaces, not as a member', async () => {
    const admin = await as('admin');
    expect((await admin('/api/v2/users/admin', 'DELETE')).body.message).toBe('You cannot delete yourself!');
    const withWs = primaryDb().data.workspaces.find((w) => !w.deleted)?.owner_id;
    if (withWs) expect((await admin(`/api/v2/users/${withWs}`, 'DELETE')).status).toBe(417);
    const db = primaryDb();
    const idle = db.liveUsers().find((u) => !db.liveWorkspaces().some((w) => w.owner_id === u.id));
    if (!idle) throw new Error('seed: every user owns a workspace');
    expect((await (await as('auditor'))(`/api/v2/users/${idle.username}`, 'DELETE')).status).toBe(403);
    expect(await admin(`/api/v2/users/${idle.username}`, 'DELETE')).toMatchObject({
      status: 200,
      body: { message: 'User has been deleted!' },
    });
    expect((await admin(`/api/v2/users/${idle.username}`)).status).toBe(404);
  });
});

/** The mock server through its HTTP surface (msw/node), as the app and a real client would see it. */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../lib/demoAccounts';
import { siteChecks } from '../api/authcheck';
import { createSeed } from './seed';
import { csrfToken } from './testClient';
import { primaryDb } from './state';

const base = 'http://localhost:3000';
async function call(pathname: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Coder-Session-Token', init.token);
  if (init.body) headers.set('Content-Type', 'application/json');
  if (init.method && init.method !== 'GET') headers.set('X-CSRF-TOKEN', await csrfToken());
  const res = await fetch(base + pathname, { ...init, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}
const loginAs = async (username: string, password = DEMO_PASSWORD) =>
  call('/api/v2/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: `${username}@example.com`, password }),
  });
async function tokenFor(username: string) {
  const r = await loginAs(username);
  expect(r.status).toBe(201);
  return r.body.session_token as string;
}

describe('authentication', () => {
  it('signs in with a password: 201, session token, HttpOnly SameSite=Lax cookie', async () => {
    const r = await loginAs('admin');
    expect(r.status).toBe(201);
    expect(r.body.session_token).toMatch(/^[A-Za-z0-9]{10}-[A-Za-z0-9]{22}$/);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`coder_session_token=${r.body.session_token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('accepts the token as a cookie and as the Coder-Session-Token header', async () => {
    const token = await tokenFor('alice');
    const viaHeader = await call('/api/v2/users/me', { token });
    const viaCookie = await call('/api/v2/users/me', { headers: { cookie: `coder_session_token=${token}` } });
    expect(viaHeader.body.username).toBe('alice');
    expect(viaCookie.body.username).toBe('alice');
  });

  it('refuses a wrong password, an unknown email, a suspended user and a service account like Coder', async () => {
    expect(await loginAs('admin', 'nope')).toMatchObject({
      status: 401,
      body: { message: 'Incorrect email or password.' },
    });
    expect(await loginAs('nobody')).toMatchObject({
      status: 401,
      body: { message: 'Incorrect email or password.' },
    });
    expect(await loginAs('suspended')).toMatchObject({
      status: 401,
      body: { message: 'Your account is suspended. Contact an admin to reactivate your account.' },
    });
    const bad = await call('/api/v2/users/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'not-an-email', password: 'x' }),
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { message: 'Validation failed.', validations: [{ field: 'email' }] },
    });
  });

  it('answers 401 without a session, with an expired session, and after logout', async () => {
    const none = await call('/api/v2/users/me');
    expect(none.status).toBe(401);
    expect(none.body.message).toMatch(/signed out or your session has expired/);
    const token = await tokenFor('member');
    expect((await call('/api/v2/users/logout', { method: 'POST', token })).body).toEqual({
      message: 'Logged out!',
    });
    expect((await call('/api/v2/users/me', { token })).status).toBe(401);
    const t2 = await tokenFor('member');
    primaryDb().data.sessions.forEach((s) => (s.expires_at = new Date(Date.now() - 1000).toISOString()));
    primaryDb().changed();
    expect((await call('/api/v2/users/me', { token: t2 })).status).toBe(401);
  });

  it('reactivates a dormant user when they sign in', async () => {
    const db = primaryDb();
    const carol = db.userByUsername('carol')!;
    carol.last_seen_at = new Date(Date.now() - 120 * 24 * 3600_000).toISOString();
    db.changed();
    const admin = await tokenFor('admin');
    expect((await call('/api/v2/users/carol', { token: admin })).body.status).toBe('dormant');
    await tokenFor('carol');
    expect((await call('/api/v2/users/carol', { token: admin })).body.status).toBe('active');
  });

  it('answers unknown API routes with 404 JSON', async () => {
    const r = await call('/api/v2/definitely-not-a-route');
    expect(r.status).toBe(404);
    expect(r.body.message).toBeTruthy();
  });
});

describe('authorization (authcheck answers from the same RBAC the handlers enforce)', () => {
  const expected: Record<string, Partial<Record<keyof typeof siteChecks, boolean>>> = {
    admin: {
      viewAllUsers: true,
      createUser: true,
      assignRoles: true,
      createOrganization: true,
      viewAnyGroup: true,
      viewAllWorkspaces: true,
      viewAnyAuditLog: true,
    },
    useradmin: {
      viewAllUsers: true,
      createUser: true,
      updateUsers: true,
      assignRoles: true,
      createOrganization: false,
      viewAllWorkspaces: false,
      viewAnyAuditLog: false,
    },
    templateadmin: {
      viewAllUsers: true,
      createUser: false,
      updateUsers: false,
      viewAnyGroup: true,
      viewAllWorkspaces: true,
    },
    auditor: {
      viewAllUsers: true,
      createUser: false,
      updateUsers: false,
      viewAnyGroup: true,
      viewAllWorkspaces: false,
      viewAnyAuditLog: true,
    },
    orgadmin: {
      viewAllUsers: true,
      createUser: false,
      editAnyGroups: true,
      editAnySettings: true,
      viewAllWorkspaces: false,
      viewAnyAuditLog: true,
    },
    member: {
      viewAllUsers: false,
      createUser: false,
      viewAnyGroup: false,
      editAnyGroups: false,
      assignRoles: false,
      viewAllWorkspaces: false,
      viewAnyAuditLog: false,
    },
  };
  for (const [username, want] of Object.entries(expected)) {
    it(`${username}`, async () => {
      const token = await tokenFor(username);
      const r = await call('/api/v2/authcheck', {
        method: 'POST',
        token,
        body: JSON.stringify({ checks: siteChecks }),
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject(want);
    });
  }

  it('lists only what the caller may read: a member sees only themselves in /users', async () => {
    const token = await tokenFor('member');
    const r = await call('/api/v2/users', { token });
    expect(r.body.users.map((u: { username: string }) => u.username)).toEqual(['member']);
    const admin = await call('/api/v2/users?limit=5', { token: await tokenFor('admin') });
    expect(admin.body.count).toBeGreaterThan(100);
    expect(admin.body.users).toHaveLength(5);
  });

  it('validates authcheck requests like Coder', async () => {
    const token = await tokenFor('admin');
    const r = await call('/api/v2/authcheck', {
      method: 'POST',
      token,
      body: JSON.stringify({
        checks: { x: { object: { resource_type: 'workspace', resource_id: 'nope' }, action: 'read' } },
      }),
    });
    expect(r).toMatchObject({ status: 400, body: { validations: [{ field: 'resource_id' }] } });
  });
});

describe('state', () => {
  it('seeds deterministically', () => {
    const a = createSeed();
    const b = createSeed();
    expect(a.users.map((u) => [u.id, u.username])).toEqual(b.users.map((u) => [u.id, u.username]));
    expect(a.workspaces.length).toBeGreaterThanOrEqual(180);
    expect(a.users.length).toBeGreaterThanOrEqual(110);
    expect(a.organizations.filter((o) => o.is_default)).toHaveLength(1);
  });

  it('POST /__mock/reset restores the seed', async () => {
    primaryDb().userByUsername('bob')!.name = 'Changed';
    primaryDb().changed();
    await call('/__mock/reset', { method: 'POST' });
    expect(primaryDb().userByUsername('bob')!.name).toBe('Bob Builder');
  });
});

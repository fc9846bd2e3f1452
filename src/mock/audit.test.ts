/** The audit log: what the mock records for each write (with its diff), Coder's search grammar, and who reads what. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as, call } from './testClient';

type Entry = {
  id: string;
  action: string;
  resource_type: string;
  resource_target: string;
  resource_id: string;
  status_code: number;
  diff: Record<string, { old: unknown; new: unknown; secret: boolean }>;
  user?: { username: string };
  organization?: { name: string };
  ip: string;
  user_agent: string;
  additional_fields: Record<string, unknown>;
};
const audit = (q: string, extra = '') => `/api/v2/audit?q=${encodeURIComponent(q)}&limit=25${extra}`;
const entries = (body: { audit_logs: Entry[] }) => body.audit_logs;
const db = () => primaryDb();
const id = (username: string) => db().userByUsername(username)!.id;

describe('recording', () => {
  it('records a suspension: who, which user, the status diff, status code, IP and user agent', async () => {
    const useradmin = await as('useradmin');
    expect((await useradmin('/api/v2/users/alice/status/suspend', 'PUT')).status).toBe(200);
    const auditor = await as('auditor');
    const r = await auditor(
      audit('resource_type:user resource_target:alice action:write username:useradmin'),
    );
    expect(r.status).toBe(200);
    const [e] = entries(r.body);
    expect(e).toMatchObject({
      action: 'write',
      resource_type: 'user',
      resource_target: 'alice',
      resource_id: id('alice'),
      status_code: 200,
      user: { username: 'useradmin' },
      diff: { status: { old: 'active', new: 'suspended', secret: false } },
    });
    expect(Object.keys(e!.diff)).toEqual(['status']);
    expect(e!.ip).toBeTruthy();
    expect(r.body.count).toBe(1);
    // Reading the log records nothing.
    expect(
      db().data.auditLogs.filter((x) => x.user_id === id('useradmin') && x.resource_target === 'alice'),
    ).toHaveLength(1);
  });

  it('masks secrets: a password change says only that the hash changed', async () => {
    const admin = await as('admin');
    const r = await admin('/api/v2/users/bob/password', 'PUT', { password: 'Another-Secure-Password-42!' });
    expect(r.status).toBe(204);
    const [e] = entries((await admin(audit('resource_target:bob action:write'))).body);
    expect(e?.diff).toEqual({ hashed_password: { old: '', new: '', secret: true } });
  });

  it('records sharing a workspace as a write of its user_acl, in its organization', async () => {
    const admin = await as('admin');
    const ws = db().data.workspaces.find((w) => w.name === 'staging-env')!;
    const carol = id('carol');
    const r = await admin(`/api/v2/workspaces/${ws.id}/acl`, 'PATCH', { user_roles: { [carol]: 'use' } });
    expect(r.status).toBe(204);
    const [e] = entries(
      (await admin(audit('resource_type:workspace resource_target:staging-env action:write'))).body,
    );
    expect(e?.organization?.name).toBe('coder');
    const acl = e?.diff.user_acl;
    expect(acl?.old).not.toHaveProperty(carol);
    expect(acl?.new).toHaveProperty([carol, 'permissions']);
  });

  it('records a failed attempt without a diff, and no 404 at all', async () => {
    const auditor = await as('auditor');
    expect((await auditor('/api/v2/users/alice/status/suspend', 'PUT')).status).toBe(403);
    expect((await auditor('/api/v2/users/nobody-here/status/suspend', 'PUT')).status).toBe(404);
    const admin = await as('admin');
    const list = entries((await admin(audit('username:auditor resource_type:user'))).body);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status_code: 403, diff: {}, resource_target: 'alice' });
  });

  it('records sign-in, creation, group membership and builds', async () => {
    const admin = await as('admin');
    const login = entries((await admin(audit('action:login username:admin'))).body);
    expect(login[0]).toMatchObject({ resource_type: 'api_key', resource_id: id('admin'), status_code: 201 });
    // A wrong password for a known account is recorded as a failed sign-in; an unknown email is not.
    const bad = { email: 'bob@example.com', password: 'not-the-password' };
    expect((await call('/api/v2/users/login', { method: 'POST', body: bad })).status).toBe(401);
    const unknown = { email: 'nobody@example.com', password: 'not-the-password' };
    expect((await call('/api/v2/users/login', { method: 'POST', body: unknown })).status).toBe(401);
    const failed = entries((await admin(audit('action:login'))).body).filter((e) => e.status_code === 401);
    expect(failed.map((e) => e.user?.username)).toEqual(['bob']);

    const org = db().defaultOrg();
    const created = await admin('/api/v2/users', 'POST', {
      username: 'dora',
      email: 'dora@example.com',
      password: 'Another-Secure-Password-42!',
      organization_ids: [org.id],
    });
    expect(created.status).toBe(201);
    const [c] = entries((await admin(audit('action:create resource_target:dora'))).body);
    expect(c?.diff.username).toEqual({ old: '', new: 'dora', secret: false });

    const g = db().data.groups.find((x) => x.name === 'frontend')!;
    expect((await admin(`/api/v2/groups/${g.id}`, 'PATCH', { add_users: [id('bob')] })).status).toBe(200);
    const [ge] = entries(
      (await admin(audit('resource_type:group resource_target:frontend action:write'))).body,
    );
    const members = ge?.diff.members;
    expect(members?.new).toEqual(expect.arrayContaining([{ user_id: id('bob'), group_id: g.id }]));

    const ws = db().data.workspaces.find((w) => w.name === 'bob-dev')!;
    const b = await admin(`/api/v2/workspaces/${ws.id}/builds`, 'POST', { transition: 'start' });
    expect(b.status).toBe(201);
    const [be] = entries((await admin(audit('resource_type:workspace_build action:start'))).body);
    expect(be?.additional_fields).toMatchObject({ workspace_name: 'bob-dev', build_reason: 'initiator' });
    expect(entries((await admin(audit('build_reason:initiator'))).body).map((x) => x.id)).toContain(be?.id);
  });

  it('records nothing while the deployment is not entitled to audit logs', async () => {
    db().data.deployment.premium = false;
    const before = db().data.auditLogs.length;
    const admin = await as('admin');
    expect((await admin('/api/v2/users/alice/status/suspend', 'PUT')).status).toBe(200);
    expect(db().data.auditLogs.length).toBe(before);
    // The endpoint still answers (Coder's route is not Premium-gated; its auditor is).
    expect((await admin(audit(''))).status).toBe(200);
  });
});

describe('GET /audit search grammar and pagination', () => {
  it('pages newest first with a count of every match', async () => {
    const admin = await as('admin');
    const all = (await admin('/api/v2/audit?limit=0')).body;
    expect(all.count).toBe(all.audit_logs.length);
    const times = entries(all).map((e: Entry & { time?: string }) => e.time ?? '');
    expect([...times].sort().reverse()).toEqual(times);
    const page = (await admin('/api/v2/audit?limit=2&offset=1')).body;
    expect(entries(page).map((e) => e.id)).toEqual(
      entries(all)
        .slice(1, 3)
        .map((e) => e.id),
    );
    expect(page.count).toBe(all.count);
  });

  it('reads a bare word as a resource type, dates as UTC days, and `username:me`', async () => {
    const admin = await as('admin');
    const users = entries((await admin(audit('user'))).body);
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((e) => e.resource_type === 'user')).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const mine = entries((await admin(audit(`username:me date_from:${today} date_to:${today}`))).body);
    expect(mine.map((e) => e.action)).toContain('login');
    expect(mine.every((e) => e.user?.username === 'admin')).toBe(true);
    expect(entries((await admin(audit('date_to:2001-01-01'))).body)).toEqual([]);
  });

  it('refuses unknown keys, bad enums, dates and uuids with Coder’s message', async () => {
    const admin = await as('admin');
    const r = await admin(audit('colour:red action:fly date_from:yesterday resource_id:x user user'));
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('Invalid audit search query.');
    const fields = (r.body.validations as { field: string }[]).map((v) => v.field).sort();
    expect(fields).toEqual(['action', 'colour', 'date_from', 'resource_id', 'resource_type']);
  });
});

describe('who reads the audit log', () => {
  it('site auditors read everything; others get an empty page, org auditors their organization only', async () => {
    const admin = await as('admin');
    const ws = db().data.workspaces.find((w) => w.name === 'staging-env')!;
    await admin(`/api/v2/workspaces/${ws.id}/acl`, 'PATCH', { user_roles: { [id('carol')]: 'use' } });
    const auditor = await as('auditor');
    const member = await as('member');
    const all = (await admin('/api/v2/audit?limit=0')).body.count as number;
    expect((await auditor('/api/v2/audit?limit=0')).body.count).toBe(all);

    const none = await member('/api/v2/audit?limit=0');
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ audit_logs: [], count: 0 });

    const m = db().membership(db().defaultOrg().id, id('member'))!;
    m.roles = ['organization-auditor'];
    db().changed();
    const scoped = entries((await member('/api/v2/audit?limit=0')).body);
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.every((e) => e.organization?.name === 'coder')).toBe(true);
  });

  it('needs a session', async () => {
    const res = await fetch('http://localhost:3000/api/v2/audit?limit=1');
    expect(res.status).toBe(401);
  });
});

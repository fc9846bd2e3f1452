/** Workspaces through the mock's HTTP surface: search grammar and errors, builds, rename, create. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as } from './testClient';

type Ws = { id: string; name: string; owner_name: string; latest_build: { status: string } };
const names = (body: { workspaces: Ws[] }) => body.workspaces.map((w) => `${w.owner_name}/${w.name}`);
const search = async (who: string, q: string) => {
  const c = await as(who);
  return c(`/api/v2/workspaces?q=${encodeURIComponent(q)}`);
};
const wsId = (owner: string, name: string) =>
  primaryDb()
    .liveWorkspaces()
    .find((w) => w.name === name && w.owner_id === primaryDb().userByUsername(owner)!.id)!.id;

describe('workspace search grammar', () => {
  it('owner:me, bare owner/name, name substring and template', async () => {
    const mine = await search('alice', 'owner:me');
    expect(names(mine.body)).toEqual(expect.arrayContaining(['alice/alice-dev', 'alice/alice-k8s']));
    expect(names(mine.body).every((n) => n.startsWith('alice/'))).toBe(true);
    expect(mine.body.count).toBe(mine.body.workspaces.length);
    expect(names((await search('admin', 'oncall-sre/staging')).body)).toEqual(['oncall-sre/staging-env']);
    expect(names((await search('admin', 'owner:oncall-sre template:oncall-toolbox')).body).sort()).toEqual([
      'oncall-sre/incident-room',
      'oncall-sre/staging-env',
    ]);
    expect(names((await search('alice', 'K8S')).body)).toEqual(['alice/alice-k8s']);
  });

  it('finds what is shared: shared:, shared_with_user:, shared_with_group:', async () => {
    expect(names((await search('bob', 'shared_with_user:me')).body)).toEqual(
      expect.arrayContaining(['oncall-sre/staging-env', 'alice/alice-k8s']),
    );
    // alice reaches staging-env only through the frontend group.
    expect(names((await search('alice', 'shared_with_user:me')).body)).not.toContain(
      'oncall-sre/staging-env',
    );
    expect(names((await search('alice', 'shared_with_group:frontend')).body)).toContain(
      'oncall-sre/staging-env',
    );
    expect(names((await search('admin', 'shared_with_group:coder/sre-oncall')).body)).toContain(
      'oncall-sre/incident-room',
    );
    expect(names((await search('alice', 'owner:me shared:true')).body)).toContain('alice/alice-k8s');
    const unshared = names((await search('alice', 'owner:me shared:false')).body);
    expect(unshared).toContain('alice/alice-dev');
    expect(unshared).not.toContain('alice/alice-k8s');
  });

  it('shows only readable workspaces; count ignores limit/offset', async () => {
    const member = await search('member', '');
    expect(names(member.body).every((n) => n.startsWith('member/') || n.startsWith('oncall-sre/'))).toBe(
      true,
    );
    const admin = await as('admin');
    const page = await admin('/api/v2/workspaces?limit=5&offset=5');
    expect(page.body.workspaces).toHaveLength(5);
    expect(page.body.count).toBe(primaryDb().liveWorkspaces().length);
  });

  it('orders like Coder: running first, then owner, then name', async () => {
    const admin = await as('admin');
    const all: Ws[] = (await admin('/api/v2/workspaces?limit=0')).body.workspaces;
    const key = (w: Ws) => [w.latest_build.status === 'running' ? 0 : 1, w.owner_name, w.name] as const;
    const sorted = [...all].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1].localeCompare(y[1]) || x[2].localeCompare(y[2]);
    });
    expect(new Set(all.map((w) => w.latest_build.status)).size).toBeGreaterThan(1);
    expect(names({ workspaces: all })).toEqual(names({ workspaces: sorted }));
  });

  it('answers 400 like Coder for bad queries', async () => {
    const bad = async (q: string) => (await search('admin', q)).body;
    expect(await bad('colour:red')).toMatchObject({
      message: 'Invalid workspace search query.',
      validations: [{ field: 'colour', detail: '"colour" is not a valid query param' }],
    });
    expect((await bad('a/b/c')).validations[0]).toMatchObject({ field: 'q' });
    expect((await bad('status:sleeping')).validations[0]).toMatchObject({ field: 'status' });
    expect((await bad('shared:maybe')).validations[0]).toMatchObject({ field: 'shared' });
    expect((await bad('owner:a owner:b')).validations[0].detail).toMatch(/provided more than once/);
    expect((await bad('last_used_before:yesterday')).validations[0]).toMatchObject({
      field: 'last_used_before',
    });
    expect(
      (await search('admin', 'status:running')).body.workspaces.every(
        (w: Ws) => w.latest_build.status === 'running',
      ),
    ).toBe(true);
  });
});

describe('builds', () => {
  it('start → pending; 409 while active; fail_next_start fails with its log line', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    const bob = await as('bob');
    const id = wsId('bob', 'bob-dev');
    const started = await bob(`/api/v2/workspaces/${id}/builds`, 'POST', {
      transition: 'start',
      reason: 'dashboard',
    });
    expect(started).toMatchObject({ status: 201, body: { transition: 'start', reason: 'dashboard' } });
    const ws = await bob(`/api/v2/workspaces/${id}`);
    expect(ws.body.latest_build).toMatchObject({
      status: 'failed',
      job: { status: 'failed', error: 'Error: quota exceeded for CPU' },
    });
    primaryDb().data.deployment.build_timing = { pending_ms: 60_000, running_ms: 1000 };
    await bob(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'start' });
    expect(await bob(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'stop' })).toMatchObject({
      status: 409,
      body: { message: 'A workspace build is already active.' },
    });
    expect((await bob(`/api/v2/workspaces/${id}/builds`)).body[0].build_number).toBe(4);
  });

  it('sharees may start and stop but not delete; strangers get 404', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    const id = wsId('oncall-sre', 'incident-room');
    const carol = await as('carol');
    expect((await carol(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'start' })).status).toBe(
      201,
    );
    expect(await carol(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'delete' })).toMatchObject({
      status: 403,
      body: { message: 'You do not have permission to delete this workspace.' },
    });
    const alice = await as('alice');
    expect((await alice(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'stop' })).status).toBe(404);
    expect((await carol(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'jump' })).status).toBe(400);
  });

  it('a delete build removes the workspace once its job succeeds', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    const alice = await as('alice');
    const id = wsId('alice', 'alice-dev');
    expect((await alice(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'delete' })).status).toBe(
      201,
    );
    expect((await alice(`/api/v2/workspaces/${id}`)).status).toBe(404);
    expect(names((await alice('/api/v2/workspaces?q=owner:me')).body)).not.toContain('alice/alice-dev');
  });
});

describe('rename and create', () => {
  it('renames with update (admin sharee yes, use sharee 403), validating names', async () => {
    const id = wsId('oncall-sre', 'staging-env');
    const bob = await as('bob');
    expect((await bob(`/api/v2/workspaces/${id}`, 'PATCH', { name: 'staging' })).status).toBe(204);
    expect((await bob(`/api/v2/workspaces/${id}`, 'PATCH', { name: 'bad name' })).status).toBe(400);
    expect((await bob(`/api/v2/workspaces/${id}`, 'PATCH', { name: 'incident-room' })).status).toBe(409);
    const alice = await as('alice');
    expect((await alice(`/api/v2/workspaces/${id}`, 'PATCH', { name: 'mine' })).status).toBe(403);
  });

  it('creates for a service account (admin, 201) but not for others (member, 403)', async () => {
    const db = primaryDb();
    const tpl = db.data.templates.find((t) => t.name === 'oncall-toolbox')!;
    const admin = await as('admin');
    const created = await admin('/api/v2/organizations/coder/members/oncall-sre/workspaces', 'POST', {
      name: 'oncall-workspace',
      template_id: tpl.id,
    });
    expect(created).toMatchObject({
      status: 201,
      body: { owner_name: 'oncall-sre', name: 'oncall-workspace', latest_build: { transition: 'start' } },
    });
    const again = await admin('/api/v2/users/oncall-sre/workspaces', 'POST', {
      name: 'oncall-workspace',
      template_id: tpl.id,
    });
    expect(again).toMatchObject({
      status: 409,
      body: { message: 'Workspace "oncall-workspace" already exists.' },
    });
    const member = await as('member');
    expect(
      (
        await member('/api/v2/organizations/coder/members/oncall-sre/workspaces', 'POST', {
          name: 'x',
          template_id: tpl.id,
        })
      ).body.message,
    ).toBe('Unauthorized to create workspace.');
    expect(
      (await member('/api/v2/users/me/workspaces', 'POST', { name: 'mine', template_id: tpl.id })).status,
    ).toBe(201);
  });

  it('lists templates with the template grammar', async () => {
    const member = await as('member');
    const all = await member('/api/v2/templates?q=organization:coder');
    expect(all.body.map((t: { name: string }) => t.name)).toContain('oncall-toolbox');
    expect((await member('/api/v2/templates?q=exact_name:docker organization:coder')).body).toHaveLength(1);
    expect((await member('/api/v2/templates?q=flavour:x')).status).toBe(400);
  });
});

/** Builds with substance: logs, resources/agent/apps, cancel, and updating to the active template version. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as } from './testClient';

const ws = (owner: string, name: string) => {
  const db = primaryDb();
  const w = db.liveWorkspaces().find((x) => x.name === name && x.owner_id === db.userByUsername(owner)?.id);
  if (!w) throw new Error(`no workspace ${owner}/${name}`);
  return w;
};
const timing = (pending_ms: number, running_ms: number) =>
  (primaryDb().data.deployment.build_timing = { pending_ms, running_ms });

type Log = { id: number; stage: string; output: string; log_level: string; log_source: string };

describe('build logs and resources', () => {
  it('a running workspace has a compute resource with a connected agent and apps, and a home volume', async () => {
    const alice = await as('alice');
    const w = (await alice('/api/v2/users/alice/workspace/alice-dev')).body;
    expect(w.latest_build.status).toBe('running');
    const [compute, volume] = w.latest_build.resources;
    expect(compute).toMatchObject({ type: 'docker_container', workspace_transition: 'start' });
    expect(compute.agents[0]).toMatchObject({ name: 'main', status: 'connected', lifecycle_state: 'ready' });
    expect(compute.agents[0].apps.map((a: { slug: string }) => a.slug)).toEqual([
      'code-server',
      'filebrowser',
    ]);
    expect(compute.agents[0].apps[0].health).toBe('healthy');
    expect(volume).toMatchObject({ name: 'home', agents: [] });
    // Ids are stable between requests.
    const again = (await alice('/api/v2/users/alice/workspace/alice-dev')).body;
    expect(again.latest_build.resources[0].agents[0].id).toBe(compute.agents[0].id);

    const stopped = (await alice('/api/v2/users/alice/workspace/alice-k8s')).body;
    expect(stopped.latest_build.resources.map((r: { name: string }) => r.name)).toEqual(['home']);
  });

  it('logs grow while the job runs and end with the failure; strangers get 404', async () => {
    timing(0, 0);
    const bob = await as('bob');
    const id = ws('bob', 'bob-dev').id;
    const b = (await bob(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'start' })).body;
    const logs = (await bob(`/api/v2/workspacebuilds/${b.id}/logs`)).body as Log[];
    expect(logs.map((l) => l.id)).toEqual(logs.map((_, i) => i + 1));
    expect(logs[0]).toMatchObject({ stage: 'Setting up', log_source: 'provisioner_daemon' });
    expect(logs.find((l) => l.log_level === 'error')?.output).toBe('Error: quota exceeded for CPU');
    const tail = (await bob(`/api/v2/workspacebuilds/${b.id}/logs?after=${logs.length - 2}`)).body as Log[];
    expect(tail.map((l) => l.id)).toEqual([logs.length - 1, logs.length]);
    expect((await (await as('member'))(`/api/v2/workspacebuilds/${b.id}/logs`)).status).toBe(404);

    timing(60_000, 1000);
    const w2 = ws('alice', 'alice-k8s').id;
    const alice = await as('alice');
    const pending = (await alice(`/api/v2/workspaces/${w2}/builds`, 'POST', { transition: 'start' })).body;
    expect((await alice(`/api/v2/workspacebuilds/${pending.id}/logs`)).body).toEqual([]);
  });
});

describe('cancel', () => {
  it('cancels a running build (canceling, then canceled); sharees with use cannot; a finished job refuses', async () => {
    timing(0, 60_000);
    const alice = await as('alice');
    const id = ws('alice', 'alice-k8s').id;
    const b = (await alice(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'start' })).body;
    const bob = await as('bob'); // bob may use alice-k8s: start/stop, not cancel.
    expect((await bob(`/api/v2/workspacebuilds/${b.id}/cancel`, 'PATCH')).status).toBe(404);
    const r = await alice(`/api/v2/workspacebuilds/${b.id}/cancel`, 'PATCH');
    expect(r.status).toBe(200);
    expect(r.body.message).toMatch(/canceled/);
    const now = (await alice(`/api/v2/workspaces/${id}`)).body;
    expect(now.latest_build).toMatchObject({ status: 'canceling', job: { status: 'canceling' } });
    expect((await alice(`/api/v2/workspaces/${id}/builds`, 'POST', { transition: 'start' })).status).toBe(
      409,
    );
    expect((await alice(`/api/v2/workspacebuilds/${b.id}/cancel`, 'PATCH')).status).toBe(400);

    const row = ws('alice', 'alice-k8s').builds.at(-1);
    if (row) row.canceled_at = new Date(Date.now() - 10_000).toISOString();
    const done = (await alice(`/api/v2/workspaces/${id}`)).body;
    expect(done.latest_build).toMatchObject({ status: 'canceled', job: { status: 'canceled' } });
    expect(done.latest_build.job.canceled_at).toBeDefined();
    const logs = (await alice(`/api/v2/workspacebuilds/${b.id}/logs`)).body as Log[];
    expect(logs.at(-1)).toMatchObject({ stage: 'Canceling', log_level: 'warn' });

    const dev = ws('alice', 'alice-dev').builds.at(-1);
    expect((await alice(`/api/v2/workspacebuilds/${dev?.id}/cancel`, 'PATCH')).body.message).toBe(
      'Job has already completed!',
    );
  });
});

describe('update to the template’s active version', () => {
  it('a start build with the active version clears outdated; a use sharee may not change the version', async () => {
    timing(0, 0);
    const db = primaryDb();
    const outdated = db.liveWorkspaces().find((x) => (db.template(x.template_id)?.versions.length ?? 0) > 1);
    if (!outdated) throw new Error('the seed needs a template with two versions');
    const t = db.template(outdated.template_id);
    const old = t?.versions.find((v) => v.id !== t.active_version_id);
    if (!t || !old) throw new Error('the seed needs a template with two versions');
    const last = outdated.builds.at(-1);
    if (last) last.template_version_id = old.id;
    outdated.user_acl = { ...outdated.user_acl, [db.userByUsername('carol')?.id ?? '']: 'use' };

    const admin = await as('admin');
    const before = (await admin(`/api/v2/workspaces/${outdated.id}`)).body;
    expect(before.outdated).toBe(true);
    const carol = await as('carol');
    const denied = await carol(`/api/v2/workspaces/${outdated.id}/builds`, 'POST', {
      transition: 'start',
      template_version_id: t.active_version_id,
    });
    expect(denied.status).toBe(403);
    const ok = await admin(`/api/v2/workspaces/${outdated.id}/builds`, 'POST', {
      transition: 'start',
      template_version_id: t.active_version_id,
      reason: 'dashboard',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.template_version_id).toBe(t.active_version_id);
    expect((await admin(`/api/v2/workspaces/${outdated.id}`)).body.outdated).toBe(false);
  });
});

/** Issue #13 §1: `waitForIdle` stops when its signal aborts and says so when a build never settles. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../mock/state';
import { signInAs } from '../test/render';
import { createBuild, fetchWorkspaces, waitForIdle } from './workspaces';

/** A workspace of alice's whose build is left running for a minute. */
async function busyWorkspace() {
  await signInAs('admin');
  primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 60_000 };
  const ws = (await fetchWorkspaces({ page: 1, pageSize: 1, filter: 'status:stopped' })).workspaces[0]!;
  await createBuild(ws.id, 'start');
  return ws;
}

describe('waitForIdle', () => {
  it('gives up loudly, naming the workspace and its build, when the build is still active', async () => {
    const ws = await busyWorkspace();
    await expect(waitForIdle(ws.id, { intervalMs: 20, maxMs: 100 })).rejects.toThrow(
      `${ws.name}'s start build is still starting after 0 s.`,
    );
  });

  it('stops polling when its signal aborts', async () => {
    const ws = await busyWorkspace();
    const ctl = new AbortController();
    const waiting = waitForIdle(ws.id, { intervalMs: 20, signal: ctl.signal });
    setTimeout(() => ctl.abort(new Error('Cancelled by the test.')), 60);
    await expect(waiting).rejects.toThrow('Cancelled by the test.');
  });
});

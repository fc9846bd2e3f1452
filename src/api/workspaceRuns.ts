/** Builds that take time: Coder's restart (stop, wait, start) and one transition over many workspaces. */
import { runLimited } from '../lib/bulk';
import { createBuild, fetchWorkspace, waitForIdle, type Workspace } from './workspaces';

export type BulkBuildKind = 'start' | 'stop' | 'restart' | 'delete' | 'update';

/** Coder's restart: stop, wait for the stop to finish, start. */
export async function restartWorkspace(id: string, signal?: AbortSignal): Promise<Workspace> {
  const ws = await waitForIdle(id, { signal });
  if (ws.latest_build.transition === 'start' && ws.latest_build.status === 'running') {
    await createBuild(id, 'stop');
    await waitForIdle(id, { signal });
  }
  await createBuild(id, 'start');
  return fetchWorkspace(id, signal);
}

/** One transition on one workspace; resolves with the build number it queued. */
async function buildOne(kind: BulkBuildKind, ws: Workspace): Promise<number> {
  if (kind === 'restart') return (await restartWorkspace(ws.id)).latest_build.build_number;
  // Coder's Update: a start build on the template's active version.
  const build =
    kind === 'update'
      ? await createBuild(ws.id, 'start', ws.template_active_version_id)
      : await createBuild(ws.id, kind);
  return build.build_number;
}

/**
 * One transition over many workspaces: 4 at a time (lib/bulk), per-workspace results and progress; once
 * `signal` aborts, what has not started is reported cancelled (a restart already stopped goes on to its
 * start).
 */
export function runBuilds(
  kind: BulkBuildKind,
  workspaces: Workspace[],
  onProgress?: (done: number) => void,
  signal?: AbortSignal,
) {
  return runLimited(workspaces, 4, (w) => buildOne(kind, w), onProgress, signal);
}

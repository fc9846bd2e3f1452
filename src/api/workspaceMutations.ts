/** Mutation hooks for workspaces: builds (start/stop/delete/restart), rename, create. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { runLimited } from '../lib/bulk';
import {
  createBuild,
  createWorkspace,
  fetchWorkspace,
  renameWorkspace,
  waitForIdle,
  workspaceKeys,
  type BuildTransition,
  type CreateWorkspaceRequest,
  type Workspace,
} from './workspaces';

/** A build changes the row in lists and on the workspace page (and its build history). */
function invalidateWorkspace(qc: QueryClient, id: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: workspaceKeys.lists() }),
    qc.invalidateQueries({ queryKey: workspaceKeys.details() }),
    qc.invalidateQueries({ queryKey: workspaceKeys.builds(id) }),
  ]);
}

export function useWorkspaceBuild() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      ws,
      transition,
      templateVersionId,
    }: {
      ws: Pick<Workspace, 'id'>;
      transition: BuildTransition;
      templateVersionId?: string;
    }) => createBuild(ws.id, transition, templateVersionId),
    onSuccess: (_b, { ws }) => invalidateWorkspace(qc, ws.id),
  });
}

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

export function useRestartWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ws: Pick<Workspace, 'id'>) => restartWorkspace(ws.id),
    onSettled: (_w, _e, ws) => invalidateWorkspace(qc, ws.id),
  });
}

export type BulkBuildKind = 'start' | 'stop' | 'restart' | 'delete' | 'update';

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
 * One transition over many workspaces: 4 at a time (lib/bulk), per-workspace results and progress, Cancel
 * (the signal) stops what has not started, and the workspace queries are invalidated once, at the end.
 */
export function useBulkBuilds() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: {
      kind: BulkBuildKind;
      workspaces: Workspace[];
      signal?: AbortSignal;
      onProgress?: (done: number) => void;
      // The signal stops only what has not started: a restart already stopped goes on to its start.
    }) => runLimited(p.workspaces, 4, (w) => buildOne(p.kind, w), p.onProgress, p.signal),
    onSettled: () => qc.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}

export function useRenameWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ ws, name }: { ws: Pick<Workspace, 'id'>; name: string }) => renameWorkspace(ws.id, name),
    onSuccess: (_r, { ws }) => invalidateWorkspace(qc, ws.id),
  });
}

export function useCreateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { organization: string; owner: string; body: CreateWorkspaceRequest }) =>
      createWorkspace(p.organization, p.owner, p.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKeys.lists() }),
  });
}

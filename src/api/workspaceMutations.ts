/** Mutation hooks for workspaces: builds (start/stop/delete/restart), rename, create. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  createBuild,
  createWorkspace,
  renameWorkspace,
  workspaceKeys,
  type BuildTransition,
  type CreateWorkspaceRequest,
  type Workspace,
} from './workspaces';
import type { BulkBuildKind } from './workspaceRuns';

// What runs builds over time (a restart's wait for the stop, the bulk runner) loads with the first run.
const loadRuns = () => import('./workspaceRuns');

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

export function useRestartWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (ws: Pick<Workspace, 'id'>) => (await loadRuns()).restartWorkspace(ws.id),
    onSettled: (_w, _e, ws) => invalidateWorkspace(qc, ws.id),
  });
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
    }) => loadRuns().then((m) => m.runBuilds(p.kind, p.workspaces, p.onProgress, p.signal)),
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

/** Mutation hooks for workspaces: builds (start/stop/delete/restart), rename, create. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  createBuild,
  createWorkspace,
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
export async function restartWorkspace(id: string): Promise<Workspace> {
  const ws = await waitForIdle(id);
  if (ws.latest_build.transition === 'start' && ws.latest_build.status === 'running') {
    await createBuild(id, 'stop');
    await waitForIdle(id);
  }
  await createBuild(id, 'start');
  return waitForIdle(id, 500, 0);
}

export function useRestartWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ws: Pick<Workspace, 'id'>) => restartWorkspace(ws.id),
    onSettled: (_w, _e, ws) => invalidateWorkspace(qc, ws.id),
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

import { useState } from 'react';
import { useRestartWorkspace, useWorkspaceBuild } from '../../api/workspaceMutations';
import type { Workspace } from '../../api/workspaces';
import { errorMessage } from '../../lib/http';

export type BuildKind = 'start' | 'stop' | 'restart' | 'delete' | 'update';
export type BuildNotice = { severity: 'success' | 'error'; text: string };

const VERB: Record<BuildKind, string> = {
  start: 'Starting',
  stop: 'Stopping',
  restart: 'Restarting',
  delete: 'Deleting',
  update: 'Updating',
};

/** Runs one transition over one or many workspaces; failures are named per workspace, never thrown away. */
export function useRunBuilds() {
  const build = useWorkspaceBuild();
  const restart = useRestartWorkspace();
  const [notice, setNotice] = useState<BuildNotice>();

  const one = (kind: BuildKind, ws: Workspace) =>
    kind === 'restart'
      ? restart.mutateAsync(ws)
      : kind === 'update'
        ? // Coder's Update: a start build on the template's active version.
          build.mutateAsync({ ws, transition: 'start', templateVersionId: ws.template_active_version_id })
        : build.mutateAsync({ ws, transition: kind });

  /** Resolves when every request is answered (restart: once the stop is done and the start is queued). */
  const run = async (kind: BuildKind, workspaces: Workspace[]) => {
    const results = await Promise.allSettled(workspaces.map((w) => one(kind, w)));
    const failed = results.flatMap((r, i) => {
      const w = workspaces[i];
      return r.status === 'rejected' && w ? [`${w.owner_name}/${w.name}: ${errorMessage(r.reason)}`] : [];
    });
    const ok = workspaces.length - failed.length;
    const label = (n: number) => `${n} workspace${n === 1 ? '' : 's'}`;
    setNotice(
      failed.length
        ? {
            severity: 'error',
            text: `${ok ? `${VERB[kind]} ${label(ok)}. ` : ''}Failed: ${failed.join('; ')}`,
          }
        : {
            severity: 'success',
            text: `${VERB[kind]} ${workspaces.length === 1 ? `${workspaces[0]?.name}` : label(ok)}…`,
          },
    );
    if (failed.length && kind === 'delete' && ok === 0) throw new Error(failed.join('; '));
  };
  return {
    run,
    notice,
    clearNotice: () => setNotice(undefined),
    pending: build.isPending || restart.isPending,
  };
}

import { isBuildActive, type Workspace } from '../../api/workspaces';

/** One piece of page state drives every dialog and build on the list and workspace pages. */
export type WorkspaceAction =
  | { kind: 'start' | 'stop' | 'restart' | 'update'; workspaces: Workspace[] }
  | { kind: 'delete'; workspaces: Workspace[] }
  | { kind: 'create' };

/** Which transitions make sense from the current status (the server still decides). */
export function availableTransitions(ws: Workspace) {
  const s = ws.latest_build.status;
  const busy = isBuildActive(ws.latest_build);
  return {
    start: !busy && ['stopped', 'failed', 'canceled'].includes(s),
    stop: !busy && ['running', 'failed'].includes(s),
    restart: !busy && s === 'running',
    /** "Update to latest version": outdated and idle. */
    update: !busy && ws.outdated,
    delete: !busy,
  };
}

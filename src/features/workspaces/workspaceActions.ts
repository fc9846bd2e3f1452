import { isBuildActive, type Workspace } from '../../api/workspaces';

/** One piece of page state drives every dialog and build on the list and workspace pages. */
export type WorkspaceAction =
  | { kind: 'start' | 'stop' | 'restart' | 'update'; workspaces: Workspace[] }
  | { kind: 'delete'; workspaces: Workspace[] }
  | { kind: 'create' };

/** The viewer's relationship to a workspace, as far as `shared_with` tells. */
export function sharedMarker(ws: Workspace, meId: string | undefined): string | undefined {
  if (!ws.shared_with.length) return undefined;
  if (ws.owner_id === meId) {
    const n = ws.shared_with.length;
    return `Shared with ${n} ${n === 1 ? 'person or group' : 'people and groups'}`;
  }
  const direct = ws.shared_with.find((a) => a.actor_type === 'user' && a.id === meId);
  if (direct) return `Shared with you · ${direct.roles.join(', ')}`;
  if (ws.shared_with.some((a) => a.actor_type === 'group')) return 'Shared with a group';
  return 'Shared';
}

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

import type { SharedWorkspaceActor } from '../../api/workspaces';

/** A sharee as the sharing column names it: "alice", "Frontend (group)". */
export const actorName = (a: SharedWorkspaceActor) =>
  a.actor_type === 'group' ? `${a.name} (group)` : a.name;

/**
 * The seed's last pass: timestamps that could have happened. Nobody is seen before they were created, no
 * workspace predates its owner, builds follow one another, and a workspace is not used before it exists.
 * Pure adjustments (no random draws), so the rest of the seed stays as the fixed faker seed makes it.
 */
import type { UserRow, WorkspaceRow } from './db';

const DAY = 24 * 3600 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

export function makePlausible(users: UserRow[], workspaces: WorkspaceRow[]): void {
  for (const u of users) {
    const created = Date.parse(u.created_at);
    const seen = u.last_seen_at ? Date.parse(u.last_seen_at) : undefined;
    // Move the account's creation back: "last seen" drives dormancy and must keep its meaning.
    if (seen !== undefined && seen < created) u.created_at = iso(seen - 30 * DAY);
    if (Date.parse(u.updated_at) < Date.parse(u.created_at)) u.updated_at = u.created_at;
  }
  const byId = new Map(users.map((u) => [u.id, u]));
  for (const w of workspaces) {
    const owner = byId.get(w.owner_id);
    const ownerCreated = owner ? Date.parse(owner.created_at) : 0;
    if (Date.parse(w.created_at) < ownerCreated) w.created_at = iso(ownerCreated + DAY);
    let prev = Date.parse(w.created_at);
    for (const [i, b] of w.builds.entries()) {
      const at = Date.parse(b.created_at);
      // The first build is the workspace's creation; each later one starts after the previous finished.
      const earliest = i === 0 ? Date.parse(w.created_at) : prev + 5 * 60_000;
      if (i === 0 || at < earliest) b.created_at = iso(earliest);
      prev = Date.parse(b.created_at) + b.pending_ms + b.running_ms;
    }
    if (Date.parse(w.last_used_at) < Date.parse(w.created_at))
      w.last_used_at = w.builds.at(-1)?.created_at ?? w.created_at;
    if (Date.parse(w.updated_at) < Date.parse(w.created_at)) w.updated_at = w.created_at;
  }
}

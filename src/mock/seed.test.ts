/** The seed is plausible: what it says happened could have happened in that order. */
import { describe, expect, it } from 'vitest';
import { createSeed } from './seed';

describe('seed plausibility', () => {
  const seed = createSeed('default');
  const users = new Map(seed.users.map((u) => [u.id, u]));
  const t = (iso: string) => Date.parse(iso);

  it('nobody was last seen before they were created', () => {
    const wrong = seed.users.filter((u) => u.last_seen_at && t(u.last_seen_at) < t(u.created_at));
    expect(wrong.map((u) => u.username)).toEqual([]);
    expect(seed.users.filter((u) => t(u.updated_at) < t(u.created_at))).toEqual([]);
    // Dormancy still comes from last_seen_at: some users have not been seen for 90 days.
    const old = Date.now() - 90 * 24 * 3600 * 1000;
    expect(seed.users.some((u) => u.last_seen_at && t(u.last_seen_at) < old)).toBe(true);
  });

  it('workspaces follow their owners, builds follow each other, use follows creation', () => {
    const problems: string[] = [];
    for (const w of seed.workspaces) {
      const owner = users.get(w.owner_id);
      if (owner && t(w.created_at) < t(owner.created_at)) problems.push(`${w.name} predates its owner`);
      if (t(w.last_used_at) < t(w.created_at)) problems.push(`${w.name} used before created`);
      let prevEnd = t(w.created_at);
      for (const b of w.builds) {
        if (t(b.created_at) < prevEnd && b.build_number > 1)
          problems.push(`${w.name} #${b.build_number} overlaps`);
        prevEnd = t(b.created_at) + b.pending_ms + b.running_ms;
      }
      if ((w.builds[0] && t(w.builds[0].created_at)) !== t(w.created_at))
        problems.push(`${w.name} #1 ≠ creation`);
      const last = w.builds.at(-1);
      if (last && t(last.created_at) > Date.now()) problems.push(`${w.name} builds in the future`);
    }
    expect(problems).toEqual([]);
  });
});

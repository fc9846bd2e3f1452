/**
 * Row-level change tracking for the mock's persistence: remembers the JSON of every row as last persisted,
 * and turns a change into journal entries (upserts and deletes by row key). Also replays such entries onto
 * tables at start. Pure (no I/O), so it is unit-tested without files.
 */
import type { ChangeHint, RowTable, Tables } from '../db';

export type Entry =
  { t: RowTable; k: string; v: unknown } | { t: RowTable; k: string; d: 1 } | { t: 'deployment'; v: unknown };

type Row<T extends RowTable> = Tables[T][number];
const id = (r: { id: string }) => r.id;
/** The key of a row in each table (what Coder's primary keys are). */
export const ROW_KEYS: { [T in RowTable]: (row: Row<T>) => string } = {
  users: id,
  organizations: id,
  members: (m) => `${m.organization_id}/${m.user_id}`,
  groups: id,
  customRoles: (r) => `${r.organization_id}/${r.name}`,
  templates: id,
  workspaces: id,
  sessions: (s) => s.token_hash,
  auditLogs: id,
};
export const ROW_TABLES = Object.keys(ROW_KEYS) as RowTable[];

const keyOf = (t: RowTable, row: unknown) => (ROW_KEYS[t] as (r: unknown) => string)(row);

export class RowCache {
  private rows = new Map<RowTable, Map<string, string>>();
  private deployment = '';
  /** Each table's array and length as last walked, to tell when rows may have been added or removed. */
  private arrays = new Map<RowTable, unknown[]>();
  private lengths = new Map<RowTable, number>();

  /** Remembers `data` as persisted and returns it as the JSON text of the whole file. */
  snapshot(data: Tables): string {
    const parts: string[] = [];
    for (const t of ROW_TABLES) {
      const cache = new Map<string, string>();
      const texts: string[] = [];
      for (const row of data[t] as unknown[]) {
        const text = JSON.stringify(row);
        cache.set(keyOf(t, row), text);
        texts.push(text);
      }
      this.rows.set(t, cache);
      this.arrays.set(t, data[t]);
      this.lengths.set(t, data[t].length);
      parts.push(`${JSON.stringify(t)}:[${texts.join(',')}]`);
    }
    this.deployment = JSON.stringify(data.deployment);
    parts.push(`"deployment":${this.deployment}`);
    return `{${parts.join(',')}}`;
  }

  /**
   * What changed since the last snapshot/diff. With a hint, only the hinted rows of the hinted tables are
   * compared, and that table is walked for added or removed rows only when its array was replaced or its
   * length changed (so a hinted change costs one row's JSON, not a walk of 10,000 users).
   */
  diff(data: Tables, hint?: Exclude<ChangeHint, 'all'>): Entry[] {
    const out: Entry[] = [];
    for (const t of hint ? (Object.keys(hint) as RowTable[]) : ROW_TABLES) {
      const cache = this.rows.get(t) ?? new Map<string, string>();
      this.rows.set(t, cache);
      const rows = data[t] as unknown[];
      const reshaped = this.arrays.get(t) !== rows || this.lengths.get(t) !== rows.length;
      const upsert = (row: unknown, k = keyOf(t, row)) => {
        const text = JSON.stringify(row);
        if (text === cache.get(k)) return;
        cache.set(k, text);
        out.push({ t, k, v: row });
      };
      if (hint && !reshaped) {
        for (const row of hint[t] ?? []) upsert(row);
      } else {
        const hinted = hint ? new Set<unknown>(hint[t]) : undefined;
        for (const row of rows) {
          const k = keyOf(t, row);
          if (!hinted || hinted.has(row) || !cache.has(k)) upsert(row, k);
        }
      }
      // Every current key is cached now (keys are unique): more cached keys than rows means deletions.
      if (cache.size !== rows.length) {
        const live = new Set(rows.map((row) => keyOf(t, row)));
        for (const k of cache.keys()) {
          if (live.has(k)) continue;
          cache.delete(k);
          out.push({ t, k, d: 1 });
        }
      }
      this.arrays.set(t, rows);
      this.lengths.set(t, rows.length);
    }
    const deployment = JSON.stringify(data.deployment);
    if (deployment !== this.deployment) {
      this.deployment = deployment;
      out.push({ t: 'deployment', v: data.deployment });
    }
    return out;
  }
}

/** Applies journal entries to raw tables (as read from the file, before validation). */
export function replay(data: Record<string, unknown>, entries: Entry[]): void {
  const positions = new Map<RowTable, Map<string, number>>();
  const positionsOf = (t: RowTable, rows: unknown[]) => {
    let p = positions.get(t);
    if (!p) {
      p = new Map(rows.map((r, i) => [keyOf(t, r), i]));
      positions.set(t, p);
    }
    return p;
  };
  for (const e of entries) {
    if (e.t === 'deployment') {
      data.deployment = e.v;
      continue;
    }
    const rows = data[e.t];
    if (!Array.isArray(rows)) throw new Error(`table "${e.t}" is not a list`);
    const p = positionsOf(e.t, rows);
    const at = p.get(e.k);
    if ('d' in e) {
      if (at === undefined) continue;
      rows.splice(at, 1);
      positions.delete(e.t); // positions shifted: rebuilt on next use
    } else if (at === undefined) {
      p.set(e.k, rows.push(e.v) - 1);
    } else {
      rows[at] = e.v;
    }
  }
}

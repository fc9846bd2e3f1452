/**
 * `Date.parse` for the mock's ISO timestamps, remembered: at the large seed a list request compares
 * 10,000 users' or 2,000 builds' times, and parsing each string every time cost more than the rest of it.
 */
const parsed = new Map<string, number>();

/** Go's zero `time.Time` as Coder sends it: the `last_seen_at` of a user who never signed in. */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';
export const GO_ZERO_MS = Date.parse(GO_ZERO_TIME);

const LIMIT = 200_000;

export function parseTime(iso: string): number {
  let t = parsed.get(iso);
  if (t === undefined) {
    if (parsed.size >= LIMIT) parsed.clear();
    t = Date.parse(iso);
    parsed.set(iso, t);
  }
  return t;
}

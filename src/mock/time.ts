/**
 * `Date.parse` for the mock's ISO timestamps, remembered: at the large seed a list request compares
 * 10,000 users' or 2,000 builds' times, and parsing each string every time cost more than the rest of it.
 */
const parsed = new Map<string, number>();
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

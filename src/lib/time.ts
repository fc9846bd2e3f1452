/**
 * Formatters are made on first use, not when this module loads: each costs tens of milliseconds to build,
 * and a page that shows no date (sign-in, the account page) should not pay for three on its first load.
 */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
const rtf = lazy(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "in 2 hours", "just now". */
export function relativeTime(iso: string | undefined | null, now: number = Date.now()): string {
  if (!iso) return 'Never';
  const diff = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, secs] of units) {
    if (Math.abs(diff) >= secs) return rtf().format(Math.round(diff / secs), unit);
  }
  return 'just now';
}

const dtf = lazy(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }));
export function formatDateTime(iso: string | undefined | null): string {
  return iso ? dtf().format(new Date(iso)) : '—';
}
const df = lazy(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }));
export function formatDate(iso: string | undefined | null): string {
  return iso ? df().format(new Date(iso)) : '—';
}

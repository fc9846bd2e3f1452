import { formatCount } from './plural';

/**
 * Dates in English, the way `Intl` writes them for 'en' (relative with `numeric: 'auto'`, medium dates,
 * short times), in the viewer's time zone. Written out here rather than asked of `Intl`: a page's first
 * `Intl` formatter loads ICU's data, 40–90 ms of a list's first render in Chromium on this machine, and
 * the lists show two dates a row. `time.test.ts` holds each to `Intl`'s own output.
 */
const units: [unit: string, seconds: number, last: string | undefined][] = [
  ['year', 365 * 24 * 3600, 'last year'],
  ['month', 30 * 24 * 3600, 'last month'],
  ['week', 7 * 24 * 3600, 'last week'],
  ['day', 24 * 3600, 'yesterday'],
  ['hour', 3600, undefined],
  ['minute', 60, undefined],
];
const NEXT: Record<string, string> = {
  'last year': 'next year',
  'last month': 'next month',
  'last week': 'next week',
  yesterday: 'tomorrow',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date, or undefined when there is none or it is not one (shown as "—", never a crash). */
function parse(iso: string | undefined | null): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "3 days ago", "in 2 hours", "yesterday", "just now"; "Never" without a date. */
export function relativeTime(iso: string | undefined | null, now: number = Date.now()): string {
  if (!iso) return 'Never';
  const d = parse(iso);
  if (!d) return '—';
  const diff = (d.getTime() - now) / 1000;
  for (const [unit, secs, last] of units) {
    if (Math.abs(diff) < secs) continue;
    const n = Math.round(diff / secs);
    if (n === -1 && last) return last;
    if (n === 1 && last) return NEXT[last]!;
    const count = `${formatCount(Math.abs(n))} ${unit}${Math.abs(n) === 1 ? '' : 's'}`;
    return n < 0 ? `${count} ago` : `in ${count}`;
  }
  return 'just now';
}

/** "Dec 3, 2026". */
export function formatDate(iso: string | undefined | null): string {
  const d = parse(iso);
  return d ? `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}` : '—';
}

/** "Dec 3, 2026, 9:57 PM". */
export function formatDateTime(iso: string | undefined | null): string {
  const d = parse(iso);
  if (!d) return '—';
  const h = d.getHours();
  const minutes = String(d.getMinutes()).padStart(2, '0');
  return `${formatDate(iso)}, ${h % 12 || 12}:${minutes} ${h < 12 ? 'AM' : 'PM'}`;
}

import { formatCount } from './plural';

/**
 * Dates in English, the way `Intl` writes them for 'en' (relative with `numeric: 'auto'`, medium dates,
 * short times), in the viewer's time zone. Written out here rather than asked of `Intl`: a page's first
 * `Intl` formatter loads ICU's data, 40–90 ms of a list's first render in Chromium on this machine, and
 * the lists show two dates a row. `time.test.ts` holds each to `Intl`'s own output.
 */
/** Each unit, its length, and the words `numeric: 'auto'` uses for one ago and one ahead. */
const units: [unit: string, seconds: number, words?: [last: string, next: string]][] = [
  ['year', 365 * 24 * 3600, ['last year', 'next year']],
  ['month', 30 * 24 * 3600, ['last month', 'next month']],
  ['week', 7 * 24 * 3600, ['last week', 'next week']],
  ['day', 24 * 3600, ['yesterday', 'tomorrow']],
  ['hour', 3600],
  ['minute', 60],
];
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
  for (const [unit, secs, words] of units) {
    if (Math.abs(diff) < secs) continue;
    const n = Math.round(diff / secs);
    if (words && Math.abs(n) === 1) return words[n < 0 ? 0 : 1];
    const count = `${formatCount(Math.abs(n))} ${unit}${Math.abs(n) === 1 ? '' : 's'}`;
    return n < 0 ? `${count} ago` : `in ${count}`;
  }
  return 'just now';
}

const day = (d: Date) => `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;

/** "Dec 3, 2026". */
export function formatDate(iso: string | undefined | null): string {
  const d = parse(iso);
  return d ? day(d) : '—';
}

/** "Dec 3, 2026, 9:57 PM". */
export function formatDateTime(iso: string | undefined | null): string {
  const d = parse(iso);
  if (!d) return '—';
  const h = d.getHours();
  const minutes = String(d.getMinutes()).padStart(2, '0');
  return `${day(d)}, ${h % 12 || 12}:${minutes} ${h < 12 ? 'AM' : 'PM'}`;
}

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, relativeTime } from './time';

const NOW = Date.parse('2026-12-03T21:57:14Z');
const SEC = 1000;
const DAY = 24 * 3600 * SEC;
/** Intl's output with its narrow no-break space (newer ICU, before AM/PM) as a plain one. */
const plain = (s: string) => s.replace(/\u202f/g, ' ');

describe('time', () => {
  it('writes relative times as Intl.RelativeTimeFormat("en", { numeric: "auto" }) does', () => {
    const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 365 * DAY],
      ['month', 30 * DAY],
      ['week', 7 * DAY],
      ['day', DAY],
      ['hour', 3600 * SEC],
      ['minute', 60 * SEC],
    ];
    const offsets = [1, 59, 60, 61, 89, 90, 3599, 3600, 5400, 7200, 86_399, 86_400, 129_600, 172_800]
      .map((s) => s * SEC)
      .concat([6, 7, 10, 13, 29, 30, 31, 45, 364, 365, 547, 548, 730, 3650, 4_000_000].map((d) => d * DAY));
    for (const sign of [-1, 1]) {
      for (const off of offsets) {
        const iso = new Date(NOW + sign * off).toISOString();
        const diff = (sign * off) / SEC;
        const hit = units.find(([, ms]) => Math.abs(diff) >= ms / SEC);
        const expected = hit ? rtf.format(Math.round(diff / (hit[1] / SEC)), hit[0]) : 'just now';
        expect(relativeTime(iso, NOW), `${sign * off} ms`).toBe(expected);
      }
    }
    expect(relativeTime(new Date(NOW - 30 * SEC).toISOString(), NOW)).toBe('just now');
  });

  it('writes dates and times as Intl.DateTimeFormat("en") medium / short does, in local time', () => {
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    for (
      let t = Date.parse('2024-01-01T00:00:00Z');
      t < Date.parse('2027-01-01T00:00:00Z');
      t += 37 * 3600 * SEC + 7 * 60 * SEC
    ) {
      const iso = new Date(t).toISOString();
      expect(formatDate(iso)).toBe(date.format(t));
      expect(formatDateTime(iso)).toBe(plain(dateTime.format(t)));
    }
  });

  it('says "Never" without a date and "—" for one it cannot read, never throwing', () => {
    expect(relativeTime(null)).toBe('Never');
    expect(relativeTime('')).toBe('Never');
    expect(relativeTime('not a date')).toBe('—');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('2026-13-45')).toBe('—');
    expect(formatDateTime('yesterday')).toBe('—');
  });
});

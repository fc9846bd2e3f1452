/**
 * Coder's name validators (`codersdk.NameValid`, `DisplayNameValid`, `UserRealNameValid`, group names) as
 * the mock enforces them. Go's `len()` counts bytes, so every length limit here is in UTF-8 bytes.
 * A NUL character is refused everywhere (Postgres cannot store it in text).
 */
import type { Validation } from '../responses';

const NAME = /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/;
/** Go's `^[^\s](.*[^\s])?$`: RE2's `\s` is ASCII whitespace only and `.` is anything but `\n`. */
const DISPLAY_NAME = /^[^\t\n\f\r ](?:[^\n]*[^\t\n\f\r ])?$/;

const encoder = new TextEncoder();
export const byteLength = (s: string) => encoder.encode(s).length;
export const hasNul = (s: string) => s.includes('\0');

/**
 * Free-text fields Coder stores as unbounded `text` (organization description, icon and avatar URLs):
 * the mock caps them so one request cannot bloat the data file. Generous next to the dashboard's own
 * form limit (1,024 characters of description).
 */
export const TEXT_LIMITS = { description: 8 * 1024, url: 2048 } as const;

export const tagFailure = (field: string, tag: string, value: string): Validation => ({
  field,
  detail: `Validation failed for tag "${tag}" with value: "${value}"`,
});

/** Organization, role and workspace names: 1–32 chars, alphanumerics and single hyphens, not `new`/`create`. */
export function nameValid(value: unknown, max = 32): boolean {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= max &&
    NAME.test(value) &&
    !['new', 'create'].includes(value.toLowerCase())
  );
}

/** `DisplayNameValid`: empty, or ≤ 64 bytes without leading/trailing whitespace. */
export function displayNameValid(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value === '') return true;
  return byteLength(value) <= 64 && DISPLAY_NAME.test(value) && !hasNul(value);
}

/** `UserRealNameValid`: ≤ 128 bytes, no leading/trailing whitespace. */
export function realNameValid(value: string): boolean {
  return byteLength(value) <= 128 && value.trim() === value && !hasNul(value);
}

/** Validation for a capped free-text field (see TEXT_LIMITS), or nothing when it passes. */
export function textProblem(field: string, value: string | null | undefined, max: number): Validation[] {
  if (!value) return [];
  if (hasNul(value)) return [{ field, detail: `${field} must not contain a NUL character` }];
  const bytes = byteLength(value);
  return bytes > max ? [{ field, detail: `${field} must be at most ${max} bytes, got ${bytes}` }] : [];
}

/** Struct-tag style validation of `name` / `display_name` fields (only those present are checked). */
export function validateNames(
  body: { name?: string | null; display_name?: string | null },
  opts: { nameRequired: boolean; nameTag?: string; nameMax?: number; displayNameTag?: string },
): Validation[] {
  const out: Validation[] = [];
  if (!body.name) {
    if (opts.nameRequired) out.push(tagFailure('name', 'required', ''));
  } else if (!nameValid(body.name, opts.nameMax)) {
    out.push(tagFailure('name', opts.nameTag ?? 'username', body.name));
  }
  if (body.display_name && !displayNameValid(body.display_name)) {
    out.push(tagFailure('display_name', opts.displayNameTag ?? 'display_name', body.display_name));
  }
  return out;
}

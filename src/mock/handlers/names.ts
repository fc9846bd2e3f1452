/** Coder's name validators (`codersdk.NameValid`, `DisplayNameValid`, group names) as the mock enforces them. */
import type { Validation } from '../responses';

const NAME = /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/;

const tagFailure = (field: string, tag: string, value: string): Validation => ({
  field,
  detail: `Validation failed for tag "${tag}" with value: "${value}"`,
});

/** Organization and role names: 1–32 chars, alphanumerics and single hyphens, not `new`/`create`. */
export function nameValid(value: unknown, max = 32): boolean {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= max &&
    NAME.test(value) &&
    !['new', 'create'].includes(value.toLowerCase())
  );
}

export function displayNameValid(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 64 && value.trim() === value;
}

/** Struct-tag style validation of `name` / `display_name` fields (only those present are checked). */
export function validateNames(
  body: { name?: unknown; display_name?: unknown },
  opts: { nameRequired: boolean; nameTag?: string; nameMax?: number },
): Validation[] {
  const out: Validation[] = [];
  if (body.name === undefined || body.name === '') {
    if (opts.nameRequired) out.push(tagFailure('name', 'required', ''));
  } else if (!nameValid(body.name, opts.nameMax)) {
    out.push(tagFailure('name', opts.nameTag ?? 'username', String(body.name)));
  }
  if (body.display_name !== undefined && body.display_name !== null && !displayNameValid(body.display_name)) {
    out.push(tagFailure('display_name', 'display_name', String(body.display_name)));
  }
  return out;
}

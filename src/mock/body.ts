/**
 * Request bodies read the way Coder's `httpapi.Read` decodes JSON into a Go struct:
 * - not JSON, empty, or not an object (an array, a string, a number) → 400 "Request body must be valid JSON."
 *   with the decoder's complaint in `detail`;
 * - a field of the wrong type (`"roles": "owner"`, `"name": 123`) → the same 400, naming the field;
 * - `null`, for the whole body or a field, leaves the Go zero value: the body reads as `{}`, the field as absent.
 * Unknown fields are ignored. Each body has a zod/mini schema; handlers then apply Coder's own rules.
 */
import * as z from 'zod/mini';
import { badRequest } from './responses';

export const INVALID_JSON = 'Request body must be valid JSON.';

/** An optional field: absent, or JSON `null` (Go's zero value / nil pointer). */
export const opt = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));
export const strings = z.array(z.string());
/** Go `int`: a whole number (`1.5` does not decode). */
export const int = z.int();

/** How Go's decoder names a JSON value in "cannot unmarshal X into …". */
function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return `number ${v}`;
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

const GO_TYPES: Record<string, string> = {
  string: 'string',
  boolean: 'bool',
  number: 'int',
  int: 'int',
  array: 'slice',
  object: 'struct',
  record: 'map',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * Parses `request`'s body against `schema`; `type` names Coder's request struct in error details
 * (e.g. `codersdk.UpdateRoles`). Returns the parsed body or a Coder-shaped 400.
 */
export async function readBody<S extends z.ZodMiniType>(
  request: Request,
  { schema, type: goType }: { schema: S; type: string },
): Promise<z.infer<S> | Response> {
  const text = await request.text();
  if (!text.trim()) return badRequest(INVALID_JSON, 'EOF');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return badRequest(INVALID_JSON, e instanceof Error ? e.message : String(e));
  }
  if (raw === null) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return badRequest(
      INVALID_JSON,
      `json: cannot unmarshal ${jsonKind(raw)} into Go value of type ${goType}`,
    );
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const expected = issue && 'expected' in issue ? String(issue.expected) : 'value';
  const struct = goType.replace(/^.*\./, '');
  // Go names struct fields only: not map keys (uuids) or slice indexes.
  const field = path.filter((k) => typeof k === 'string' && /^[a-z_]+$/.test(k)).join('.');
  return badRequest(
    INVALID_JSON,
    `json: cannot unmarshal ${jsonKind(valueAt(raw, path))} into Go struct field ${struct}.${field} of type ${GO_TYPES[expected] ?? expected}`,
  );
}

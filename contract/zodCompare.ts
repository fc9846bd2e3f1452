/**
 * Do the client's zod schemas agree with the document? Walks a zod schema next to the document's schema:
 * - every field the UI requires must exist in the document, and where the document lists `required`
 *   fields, be one of them (or have a default);
 * - where the document allows null, zod must accept null;
 * - types must agree;
 * - enums: a strict zod enum must be identical to the document's; a tolerant one (`z.catch`, which maps an
 *   unknown value to a fallback) must know no value the document lacks.
 * Extra document fields the zod schema ignores are fine (zod strips them: tolerant of what the UI does not use).
 * Pass the document patched only with the known differences that widen it (see knownDifferences.ts).
 */
import type { JsonSchema, SwaggerDoc } from './swagger';

type ZodDef = {
  type: string;
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  entries?: Record<string, string | number>;
  values?: unknown[];
  innerType?: ZodLike;
  in?: ZodLike;
  valueType?: ZodLike;
  options?: ZodLike[];
  catchall?: ZodLike;
  getter?: () => ZodLike;
};
export type ZodLike = { _zod: { def: ZodDef } };

const isZod = (v: unknown): v is ZodLike =>
  Boolean(v && typeof v === 'object' && '_zod' in v && (v as ZodLike)._zod?.def);

/** Follows `$ref` and folds `allOf` (the document uses `{enum, allOf: [{$ref}]}` for enum properties). */
export function resolveSchema(doc: SwaggerDoc, s: JsonSchema | undefined, depth = 0): JsonSchema | undefined {
  if (!s || depth > 20) return s;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/definitions/', '');
    return resolveSchema(doc, doc.definitions[name], depth + 1);
  }
  if (Array.isArray(s.allOf)) {
    let merged: JsonSchema = {};
    for (const part of s.allOf as JsonSchema[])
      merged = { ...merged, ...resolveSchema(doc, part, depth + 1) };
    const { allOf: _allOf, ...rest } = s;
    // Sibling keys (a narrower `enum`) win over what the referenced definition says.
    return { ...merged, ...rest };
  }
  return s;
}

/** A document schema that allows null (`anyOf: [x, {type: 'null'}]`, or `type: [..., 'null']`), and x. */
function splitNull(doc: SwaggerDoc, s: JsonSchema): { schema: JsonSchema | undefined; nullable: boolean } {
  if (Array.isArray(s.anyOf)) {
    const branches = s.anyOf as JsonSchema[];
    const rest = branches.filter((b) => b.type !== 'null');
    // `allow-empty` differences add a `{type: string, maxLength: 0}` branch: the first branch is the field.
    return { schema: resolveSchema(doc, rest[0]), nullable: rest.length < branches.length };
  }
  if (Array.isArray(s.type) && s.type.includes('null')) {
    const types = (s.type as string[]).filter((t) => t !== 'null');
    return { schema: { ...s, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { schema: s, nullable: false };
}

type Unwrapped = { schema: ZodLike; optional: boolean; nullable: boolean; tolerant: boolean };

function unwrap(z: ZodLike): Unwrapped {
  let optional = false;
  let nullable = false;
  let tolerant = false;
  let cur = z;
  for (let i = 0; i < 20; i++) {
    const d = cur._zod.def;
    if (d.type === 'catch') {
      // Any value parses (an unknown one becomes the fallback).
      optional = true;
      nullable = true;
      tolerant = true;
      cur = d.innerType!;
    } else if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') {
      optional = true;
      cur = d.innerType!;
    } else if (d.type === 'nullable') {
      nullable = true;
      cur = d.innerType!;
    } else if (d.type === 'readonly' || d.type === 'nonoptional') {
      cur = d.innerType!;
    } else if (d.type === 'pipe' && d.in) {
      cur = d.in;
    } else if (d.type === 'lazy' && d.getter) {
      cur = d.getter();
    } else break;
  }
  return { schema: cur, optional, nullable, tolerant };
}

function zodEnumValues(z: ZodLike): string[] | undefined {
  const d = z._zod.def;
  if (d.type === 'enum' && d.entries) return Object.values(d.entries).map(String);
  if (d.type === 'literal' && d.values) return d.values.map(String);
  if (
    d.type === 'union' &&
    d.options?.every((o) => ['literal', 'enum'].includes(unwrap(o).schema._zod.def.type))
  ) {
    return d.options.flatMap((o) => zodEnumValues(unwrap(o).schema) ?? []);
  }
  return undefined;
}

const fmt = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

/**
 * Problems where `zod` disagrees with the document's `schema` at `where` (`$.users[].status`).
 * Pass the schema the document gives for the same response body.
 */
export function compareZod(
  doc: SwaggerDoc,
  zod: unknown,
  schema: JsonSchema | undefined,
  where = '$',
): string[] {
  if (!isZod(zod)) return [];
  const resolved = resolveSchema(doc, schema);
  if (!resolved) return [];
  const { schema: s, nullable: docNullable } = splitNull(doc, resolved);
  if (!s) return [];
  const { schema: z, nullable, tolerant } = unwrap(zod);
  const d = z._zod.def;
  const out: string[] = [];
  if (docNullable && !nullable) {
    out.push(`${where}: the document allows null, zod does not (a null would fail to parse)`);
  }

  const enumValues = zodEnumValues(z);
  if (enumValues) {
    const docEnum = (s.enum as unknown[] | undefined)?.map(String);
    if (!docEnum) {
      if (!tolerant && (s.type === 'string' || s.type === undefined)) {
        out.push(
          `${where}: zod allows only ${fmt(enumValues)}, the document allows any string (an unknown value would fail to parse)`,
        );
      }
      return out;
    }
    const missing = tolerant ? [] : docEnum.filter((v) => !enumValues.includes(v));
    const extra = enumValues.filter((v) => !docEnum.includes(v));
    if (missing.length || extra.length) {
      out.push(
        `${where}: enum: expected ${fmt(docEnum)}, got ${fmt(enumValues)}` +
          (missing.length ? ` (zod lacks ${fmt(missing)})` : '') +
          (extra.length ? ` (not in the document: ${fmt(extra)})` : ''),
      );
    }
    return out;
  }

  switch (d.type) {
    case 'object': {
      const props = s.properties as Record<string, JsonSchema> | undefined;
      if (s.type !== 'object' && !props) {
        out.push(`${where}: expected ${String(s.type ?? 'unknown')}, zod has an object`);
        break;
      }
      const required = Array.isArray(s.required) ? (s.required as string[]) : undefined;
      for (const [key, child] of Object.entries(d.shape ?? {})) {
        const prop = props?.[key];
        const { optional } = unwrap(child);
        if (!prop) {
          if (!optional)
            out.push(`${where}.${key}: the UI requires this field, the document has no such field`);
          continue;
        }
        if (!optional && required && !required.includes(key)) {
          out.push(
            `${where}.${key}: the UI requires this field, the document does not (required: ${fmt(required)}); make it optional or give it a default`,
          );
        }
        out.push(...compareZod(doc, child, prop, `${where}.${key}`));
      }
      break;
    }
    case 'array':
      if (s.type !== 'array') out.push(`${where}: expected ${String(s.type ?? 'unknown')}, zod has an array`);
      else out.push(...compareZod(doc, d.element, s.items as JsonSchema, `${where}[]`));
      break;
    case 'record': {
      const ap = s.additionalProperties;
      if (s.type !== 'object')
        out.push(`${where}: expected ${String(s.type ?? 'unknown')}, zod has a record`);
      else if (ap && typeof ap === 'object')
        out.push(...compareZod(doc, d.valueType, ap as JsonSchema, `${where}[*]`));
      break;
    }
    case 'string':
      if (s.type && s.type !== 'string') out.push(`${where}: expected ${String(s.type)}, zod has a string`);
      break;
    case 'number':
    case 'int':
      if (s.type && s.type !== 'number' && s.type !== 'integer') {
        out.push(`${where}: expected ${String(s.type)}, zod has a number`);
      }
      break;
    case 'boolean':
      if (s.type && s.type !== 'boolean') out.push(`${where}: expected ${String(s.type)}, zod has a boolean`);
      break;
    default:
      break; // unions, any/unknown, transforms: nothing to compare
  }
  return out;
}

/** Zod objects built with `z.strictObject` reject extra fields: not tolerant of a newer server. */
export function strictObjects(zod: unknown, where = '$', seen = new Set<unknown>()): string[] {
  if (!isZod(zod) || seen.has(zod)) return [];
  seen.add(zod);
  const { schema: z } = unwrap(zod);
  const d = z._zod.def;
  const out: string[] = [];
  if (d.type === 'object') {
    if (d.catchall && d.catchall._zod.def.type === 'never') {
      out.push(`${where}: strict object (rejects fields it does not know; a newer server would break it)`);
    }
    for (const [k, v] of Object.entries(d.shape ?? {})) out.push(...strictObjects(v, `${where}.${k}`, seen));
  } else if (d.type === 'array') out.push(...strictObjects(d.element, `${where}[]`, seen));
  else if (d.type === 'record') out.push(...strictObjects(d.valueType, `${where}[*]`, seen));
  return out;
}

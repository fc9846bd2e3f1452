/**
 * Coder's OpenAPI (Swagger 2.0) document, as the repository pins it: `contract/coder-openapi.json`, the part
 * of upstream's `coderd/apidoc/swagger.json` the dashboard uses (made by `npm run contract:update`, see
 * contract/pin.ts). `CODER_SWAGGER=/path/to/swagger.json` checks against another (e.g. a newer, full)
 * document instead. The document is patched with the known differences and turned into JSON Schema that
 * ajv validates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import {
  applyKnownDifferences,
  KNOWN_DIFFERENCES,
  type KnownDifference,
  narrowsDocument,
  unconstrainedFormats,
} from './knownDifferences';

export type JsonSchema = { [key: string]: unknown };
export type SwaggerParameter = {
  name: string;
  in: 'path' | 'query' | 'body' | 'header' | 'formData';
  required?: boolean;
  schema?: JsonSchema;
  type?: string;
  format?: string;
};
export type SwaggerOperation = {
  operationId?: string;
  parameters?: SwaggerParameter[];
  responses: Record<string, { description?: string; schema?: JsonSchema }>;
};
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type SwaggerDoc = {
  swagger: string;
  basePath?: string;
  paths: Record<string, Partial<Record<HttpMethod, SwaggerOperation>>>;
  definitions: Record<string, JsonSchema>;
};

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository's pinned extract (contract/pin.ts). */
export const pinnedPath = path.join(repoRoot, 'contract/coder-openapi.json');
export const swaggerPath = () =>
  process.env.CODER_SWAGGER ? path.resolve(process.env.CODER_SWAGGER) : pinnedPath;

/** Reads the document; a missing or unreadable file is an error that says where it is expected. */
export function readSwagger(file = swaggerPath()): SwaggerDoc {
  if (!fs.existsSync(file)) {
    throw new Error(
      `Coder's OpenAPI document was not found at ${file}. The repository pins it at ` +
        `contract/coder-openapi.json (remake it with \`npm run contract:update -- /path/to/swagger.json\`); ` +
        `CODER_SWAGGER=/path/to/swagger.json checks against another document.`,
    );
  }
  let doc: SwaggerDoc;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8')) as SwaggerDoc;
  } catch (e) {
    throw new Error(`Coder's OpenAPI document at ${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (doc.swagger !== '2.0' || !doc.paths || !doc.definitions) {
    throw new Error(`${file} is not a Swagger 2.0 document with paths and definitions.`);
  }
  return doc;
}

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

/** Full path of an operation (`basePath` + key): `/api/v2/users/{user}`, whatever the document's basePath. */
const fullPath = (doc: SwaggerDoc, key: string) =>
  `${(doc.basePath ?? '/').replace(/\/$/, '')}${key}`.replace(/^(?!\/)/, '/');

const isParam = (segment: string) => /^\{[^}]+\}$/.test(segment);

export type OperationMatch = {
  /** `/api/v2/users/{user}` as written in the document. */
  template: string;
  method: HttpMethod;
  operation: SwaggerOperation | undefined;
  /** Methods the document lists for this path (to explain a method mismatch). */
  methods: HttpMethod[];
};

/**
 * Finds the document's path for a concrete path (`/api/v2/users/8f0…`) or a client template
 * (`/api/v2/users/{user}`): literal segments must be equal, `{param}` segments in the document match any
 * one segment, a `{…}` segment from the client matches only a document `{param}`. The most literal match wins
 * (`/users/roles` over `/users/{user}`).
 */
export function matchPath(doc: SwaggerDoc, pathOrTemplate: string): string | undefined {
  const want = pathOrTemplate.split('?')[0]!.split('/');
  let best: { key: string; score: number } | undefined;
  for (const key of Object.keys(doc.paths)) {
    const have = fullPath(doc, key).split('/');
    if (have.length !== want.length) continue;
    let score = 0;
    let ok = true;
    for (let i = 0; i < have.length; i++) {
      const h = have[i]!;
      const w = want[i]!;
      if (isParam(h)) {
        if (!w) ok = false;
      } else if (h === w) score++;
      else ok = false;
      if (!ok) break;
    }
    if (ok && (!best || score > best.score)) best = { key, score };
  }
  return best?.key;
}

export function findOperation(
  doc: SwaggerDoc,
  method: string,
  pathOrTemplate: string,
): OperationMatch | undefined {
  const key = matchPath(doc, pathOrTemplate);
  if (!key) return undefined;
  const item = doc.paths[key] ?? {};
  const m = method.toLowerCase() as HttpMethod;
  return {
    template: fullPath(doc, key),
    method: m,
    operation: item[m],
    methods: METHODS.filter((x) => item[x]),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Swagger 2 schema → JSON Schema (draft-07) for ajv.

const DROP = new Set(['example', 'discriminator', 'readOnly', 'xml', 'externalDocs']);

/** Converts one Swagger schema: drops `x-*`/doc-only keys and points `$ref`s at the shared definitions. */
export function toJsonSchema(s: unknown, opts: { noExtraFields: boolean }): unknown {
  if (Array.isArray(s)) return s.map((x) => toJsonSchema(x, opts));
  if (!s || typeof s !== 'object') return s;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(s as JsonSchema)) {
    if (k.startsWith('x-') || DROP.has(k)) continue;
    if (k === '$ref' && typeof v === 'string') {
      out.$ref = v.replace('#/definitions/', `${opts.noExtraFields ? STRICT_ID : LOOSE_ID}#/definitions/`);
    } else if (k === 'properties' && v && typeof v === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(v as JsonSchema).map(([name, p]) => [name, toJsonSchema(p, opts)]),
      );
    } else if (k === 'type' && v === 'file') {
      continue;
    } else {
      out[k] = toJsonSchema(v, opts);
    }
  }
  // Go's encoder never invents fields: anything the mock sends beyond the document is a field the UI could come
  // to rely on that a real server does not send.
  if (opts.noExtraFields && out.properties && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

const STRICT_ID = 'coder-strict';
const LOOSE_ID = 'coder-loose';

export type Contract = {
  doc: SwaggerDoc;
  /** The document exactly as read (before the known differences were applied). */
  original: SwaggerDoc;
  knownDifferences: readonly KnownDifference[];
  /**
   * The document with only the differences that widen it: what the client's zod schemas are compared with,
   * so a difference that narrows the document (the mock never sends X) cannot hide a client that breaks on X.
   */
  zodDoc: SwaggerDoc;
  /** Validates `value` against a Swagger schema; returns readable problems (`$.field: expected …, got …`). */
  validate(schema: JsonSchema, value: unknown, opts?: { noExtraFields?: boolean }): string[];
};

/** Loads, patches and compiles the contract. */
export function loadContract(
  opts: { file?: string; differences?: readonly KnownDifference[] } = {},
): Contract {
  const original = readSwagger(opts.file);
  const knownDifferences = opts.differences ?? KNOWN_DIFFERENCES;
  const doc = applyKnownDifferences(original, knownDifferences);
  const zodDoc = applyKnownDifferences(
    original,
    knownDifferences.filter((d) => !narrowsDocument(d)),
  );
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
  // ajv-formats ships CommonJS with `default`; under Vite's interop either shape may arrive.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
    a: Ajv,
  ) => void;
  addFormats(ajv);
  // Formats ajv does not know (Go's own names): each is a known difference with its reason.
  for (const f of unconstrainedFormats(knownDifferences)) ajv.addFormat(f, true);
  for (const [id, noExtraFields] of [
    [STRICT_ID, true],
    [LOOSE_ID, false],
  ] as const) {
    ajv.addSchema({ $id: id, definitions: toJsonSchema(doc.definitions, { noExtraFields }) });
  }
  const cache = new Map<string, ValidateFunction>();
  return {
    doc,
    original,
    knownDifferences,
    zodDoc,
    validate(schema, value, vopts = {}) {
      const noExtraFields = vopts.noExtraFields ?? true;
      const key = `${noExtraFields}:${JSON.stringify(schema)}`;
      let fn = cache.get(key);
      if (!fn) {
        fn = ajv.compile(toJsonSchema(schema, { noExtraFields }) as JsonSchema);
        cache.set(key, fn);
      }
      if (fn(value)) return [];
      return formatErrors(fn.errors ?? [], value);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Readable errors.

/** `/users/0/status` → `$.users[0].status` */
export function jsonPath(pointer: string): string {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((p) =>
        /^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`,
      )
      .join('')
  );
}

function at(value: unknown, pointer: string): unknown {
  let v: unknown = value;
  for (const p of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function formatErrors(errors: ErrorObject[], value: unknown): string[] {
  const out = new Set<string>();
  for (const e of errors) {
    const got = at(value, e.instancePath);
    const where = jsonPath(e.instancePath);
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'enum':
        out.add(
          `${where}: expected one of [${(p.allowedValues as unknown[]).map(show).join(', ')}], got ${show(got)}`,
        );
        break;
      case 'required':
        out.add(
          `${jsonPath(`${e.instancePath}/${String(p.missingProperty)}`)}: required field missing (expected it, got nothing)`,
        );
        break;
      case 'additionalProperties': {
        const field = String(p.additionalProperty);
        out.add(
          `${jsonPath(`${e.instancePath}/${field}`)}: field is not in the document (expected no such field, got ${show(
            (got as Record<string, unknown> | undefined)?.[field],
          )})`,
        );
        break;
      }
      case 'type':
        out.add(
          `${where}: expected ${String(p.type)}, got ${got === null ? 'null' : `${typeOf(got)} ${show(got)}`}`,
        );
        break;
      case 'format':
        out.add(`${where}: expected format ${String(p.format)}, got ${show(got)}`);
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
      case 'if':
        break; // the failing branch reports its own error
      default:
        out.add(`${where}: ${e.message ?? e.keyword}, got ${show(got)}`);
    }
  }
  return [...out];
}

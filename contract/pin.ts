/**
 * The repository's own pinned copy of the part of Coder's OpenAPI document the dashboard uses:
 * `contract/coder-openapi.json`. It holds every path the client calls (with all of that path's methods),
 * the paths the known differences name, and every definition those reach through `$ref`, plus where it came
 * from (upstream commit, the source file's SHA-256) and a SHA-256 of its own content, so a hand edit is
 * caught. `npm run contract:update -- <path to swagger.json>` (scripts/contract-update.mjs) makes it anew.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extractClientEndpoints } from './endpoints';
import { KNOWN_DIFFERENCES, type KnownDifference } from './knownDifferences';
import { findOperation, pinnedPath, type JsonSchema, type SwaggerDoc } from './swagger';

export type PinInfo = {
  /** Where the full document lives upstream. */
  source: string;
  /** The upstream commit the document was generated at. */
  commit: string;
  /** SHA-256 of the full document's bytes the extract was made from. */
  sourceSha256: string;
  /** SHA-256 of this extract's `swagger`, `basePath`, `paths` and `definitions` (see `contentSha256`). */
  sha256: string;
  operations: number;
  definitions: number;
};
export type PinnedDoc = SwaggerDoc & { 'x-pinned': PinInfo };

export const UPSTREAM_SOURCE = 'github.com/coder/coder coderd/apidoc/swagger.json';

/** The digest of what the extract says: a hand edit anywhere in it changes this. */
export function contentSha256(doc: SwaggerDoc): string {
  const { swagger, basePath, paths, definitions } = doc;
  return createHash('sha256').update(JSON.stringify({ swagger, basePath, paths, definitions })).digest('hex');
}

function refsIn(value: unknown, out: Set<string>) {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as JsonSchema)) {
      if (k === '$ref' && typeof v === 'string') out.add(v.replace('#/definitions/', ''));
      else refsIn(v, out);
    }
  }
}

/** Definitions and endpoints a known difference names, so each still applies to the extract. */
function namedBy(d: KnownDifference): { endpoint?: string; definition?: string } {
  if (/^(GET|POST|PUT|PATCH|DELETE) \//.test(d.endpoint)) return { endpoint: d.endpoint };
  const f = d.fix as { definition?: string };
  return { definition: f.definition ?? (d.endpoint.startsWith('codersdk.') ? d.endpoint : undefined) };
}

/**
 * The part of `full` the dashboard uses: the document's paths for `endpoints` (every method on each),
 * and the definitions reachable from them (and from `extraDefinitions`). Throws, naming it, when an
 * endpoint is not in the document.
 */
export function extractContract(
  full: SwaggerDoc,
  endpoints: { method: string; path: string }[],
  extraDefinitions: string[] = [],
): SwaggerDoc {
  const keys = new Set<string>();
  const missing: string[] = [];
  const base = (full.basePath ?? '').replace(/\/$/, '');
  for (const e of endpoints) {
    const m = findOperation(full, e.method, e.path);
    if (!m) missing.push(`${e.method} ${e.path}`);
    else keys.add(m.template.slice(base.length) || '/');
  }
  if (missing.length) {
    throw new Error(`Not in the document: ${[...new Set(missing)].join(', ')}`);
  }
  const paths: SwaggerDoc['paths'] = {};
  for (const key of Object.keys(full.paths).filter((k) => keys.has(k))) paths[key] = full.paths[key]!;

  const wanted = new Set<string>(extraDefinitions);
  refsIn(paths, wanted);
  const seen = new Set<string>();
  const queue = [...wanted];
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    const def = full.definitions[name];
    if (!def) throw new Error(`The document has no definition ${name}.`);
    seen.add(name);
    const next = new Set<string>();
    refsIn(def, next);
    queue.push(...next);
  }
  const definitions: SwaggerDoc['definitions'] = {};
  for (const name of Object.keys(full.definitions).filter((n) => seen.has(n)))
    definitions[name] = full.definitions[name]!;
  return { swagger: full.swagger, basePath: full.basePath, paths, definitions };
}

/** What the dashboard uses, from its source and its known differences. */
export function usedByDashboard(differences: readonly KnownDifference[] = KNOWN_DIFFERENCES) {
  const endpoints: { method: string; path: string }[] = extractClientEndpoints().endpoints.map((e) => ({
    method: e.method,
    path: e.path,
  }));
  // Every error body is a codersdk.Response (with ValidationError entries), whatever the operation lists.
  const definitions = ['codersdk.Response', 'codersdk.ValidationError'];
  for (const d of differences) {
    const n = namedBy(d);
    if (n.endpoint) {
      const [method, p] = n.endpoint.split(' ') as [string, string];
      endpoints.push({ method, path: p });
    }
    if (n.definition) definitions.push(n.definition);
  }
  return { endpoints, definitions };
}

/** The pinned extract made from `fullText` (the full document's bytes) at upstream `commit`. */
export function makePinned(fullText: string, commit: string): PinnedDoc {
  const full = JSON.parse(fullText) as SwaggerDoc;
  const { endpoints, definitions } = usedByDashboard();
  const doc = extractContract(full, endpoints, definitions);
  const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  return {
    'x-pinned': {
      source: UPSTREAM_SOURCE,
      commit,
      sourceSha256: createHash('sha256').update(fullText).digest('hex'),
      sha256: contentSha256(doc),
      operations,
      definitions: Object.keys(doc.definitions).length,
    },
    ...doc,
  };
}

export function writePinned(doc: PinnedDoc, file = pinnedPath) {
  fs.writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
}

/** The upstream commit, read from the digest that sits beside the document (`- **Commit:** \`<sha>\``). */
export function commitBeside(swaggerFile: string): string | undefined {
  const digest = path.join(path.dirname(swaggerFile), 'DIGEST.md');
  if (!fs.existsSync(digest)) return undefined;
  return /\*\*Commit:\*\*\s*`([0-9a-f]{7,40})`/.exec(fs.readFileSync(digest, 'utf8'))?.[1];
}

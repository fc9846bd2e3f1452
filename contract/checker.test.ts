/** The contract checker itself: deliberately broken endpoints, bodies and schemas must fail, readably. */
import fs from 'node:fs';
import path from 'node:path';
import { http as route, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { fetchUser, userSchema } from '../src/api/users';
import { login } from '../src/api/auth';
import { DEMO_PASSWORD } from '../src/lib/demoAccounts';
import { setSessionToken } from '../src/lib/session';
import { server } from '../src/mock/runtimes/node';
import { endpointProblems, exchangeProblems, type Exchange } from './checks';
import { extractClientEndpoints } from './endpoints';
import { applyKnownDifferences, KNOWN_DIFFERENCES } from './knownDifferences';
import { recordTraffic } from './recorder';
import {
  contentSha256,
  extractContract,
  makePinned,
  type PinnedDoc,
  UPSTREAM_SOURCE,
  usedByDashboard,
} from './pin';
import { loadContract, pinnedPath, readSwagger, repoRoot, swaggerPath } from './swagger';
import { compareZod, strictObjects } from './zodCompare';

const contract = loadContract();
const userRef = { $ref: '#/definitions/codersdk.User' };

/** Calls the client's fetchUser against a mock that answers `body` instead, and checks what was recorded. */
async function brokenUserResponse(body: (real: Record<string, unknown>) => unknown): Promise<string[]> {
  const { session_token } = await login({ email: 'admin@example.com', password: DEMO_PASSWORD });
  setSessionToken(session_token);
  const real = (await fetchUser('alice')) as Record<string, unknown>;
  server.use(
    route.get('*/api/v2/users/:user', () => HttpResponse.json(body(real) as Record<string, unknown>)),
  );
  const rec = recordTraffic();
  await fetchUser('alice').catch(() => undefined);
  const exchanges = await rec.stop();
  return exchanges.flatMap((x) => exchangeProblems(contract, x));
}

describe('the response checker', () => {
  it('reports a wrong enum value with endpoint, field, expected and got', async () => {
    const problems = await brokenUserResponse((u) => ({ ...u, status: 'x' }));
    expect(problems).toContain(
      "GET /api/v2/users/{user} 200: $.status: expected one of ['active', 'suspended', 'dormant'], got 'x'",
    );
  });

  it('reports a missing required field', async () => {
    const problems = await brokenUserResponse(({ id: _id, ...rest }) => rest);
    expect(problems).toEqual([
      'GET /api/v2/users/{user} 200: $.id: required field missing (expected it, got nothing)',
    ]);
  });

  it('reports a field the document does not have, and a wrong type', async () => {
    const problems = await brokenUserResponse((u) => ({ ...u, nickname: 'Al', organization_ids: 'none' }));
    expect(problems).toEqual([
      "GET /api/v2/users/{user} 200: $.nickname: field is not in the document (expected no such field, got 'Al')",
      "GET /api/v2/users/{user} 200: $.organization_ids: expected array, got string 'none'",
    ]);
  });

  const exchange = (x: Partial<Exchange>): Exchange => ({
    method: 'GET',
    pathname: '/api/v2/users/me',
    query: [],
    requestBody: undefined,
    status: 200,
    responseBody: undefined,
    ...x,
  });

  it('reports a status the document does not list, and a bad request body', () => {
    expect(
      exchangeProblems(
        contract,
        exchange({
          method: 'POST',
          pathname: '/api/v2/organizations',
          requestBody: { name: 5 },
          status: 200,
          responseBody: {},
        }),
      ),
    ).toEqual([
      'POST /api/v2/organizations request: $.name: expected string, got integer 5',
      'POST /api/v2/organizations 200: status: expected one of [201], got 200',
    ]);
  });

  it('checks error bodies against codersdk.Response and unknown query keys', () => {
    expect(
      exchangeProblems(
        contract,
        exchange({
          pathname: '/api/v2/users',
          query: ['search'],
          status: 400,
          responseBody: { error: 'bad' },
        }),
      ),
    ).toEqual([
      "GET /api/v2/users request: query parameter 'search': expected one of [q, after_id, limit, offset], got 'search'",
    ]);
    // `message` is not required by the document's Response, but a body that is not an object is caught.
    expect(exchangeProblems(contract, exchange({ status: 404, responseBody: 'nope' }))).toEqual([
      "GET /api/v2/users/{user} 404: $: expected object, got string 'nope'",
    ]);
  });

  it('checks path parameters against their format', () => {
    const x = exchange({ pathname: '/api/v2/workspaces/not-a-uuid', responseBody: {}, status: 400 });
    expect(exchangeProblems(contract, x)).toEqual([
      "GET /api/v2/workspaces/{workspace} request: path parameter {workspace}: expected format uuid, got 'not-a-uuid'",
    ]);
    // Coder takes an organization's name where the document says UUID (a known difference, for this route).
    const byName = exchange({ pathname: '/api/v2/organizations/coder', status: 404, responseBody: {} });
    expect(exchangeProblems(contract, byName)).toEqual([]);
    expect(exchangeProblems(loadContract({ differences: [] }), byName)).toEqual([
      "GET /api/v2/organizations/{organization} request: path parameter {organization}: expected format uuid, got 'coder'",
    ]);
  });

  it('applies the known differences (paginated-members is an object), and only those', () => {
    const members = { members: [], count: 0 };
    const x = exchange({
      pathname: '/api/v2/organizations/default/paginated-members',
      responseBody: members,
    });
    expect(exchangeProblems(contract, x)).toEqual([]);
    const raw = loadContract({ differences: [] });
    expect(exchangeProblems(raw, x)).toEqual([
      'GET /api/v2/organizations/{organization}/paginated-members 200: $: expected array, got object {"members":[],"count":0}',
    ]);
  });
});

describe('the endpoint checker', () => {
  const fake = path.join(repoRoot, 'src/api/__contract_fake__.ts');
  const source = [
    "import { http } from '../lib/http';",
    "const base = '/api/v2/users';",
    'const userPath = (u: string) => `${base}/${encodeURIComponent(u)}`;',
    "export const a = () => http('/api/v2/userz');",
    "export const b = (u: string) => http(userPath(u), { method: 'PATCH' });",
    "export const c = () => http(base, { query: { search: 'x' } });",
    "export const d = (u: string) => http(`${userPath(u)}/profile`, { method: 'PUT', body: { username: u } });",
    'export const e = (p: string) => http(p);',
    'export const f = (opts: object) => http(base, { ...opts });',
    'const get = (p: string) => http(p);',
    "export const g = () => get('/api/v2/buildinfo');",
  ].join('\n');
  const { endpoints, unresolved } = extractClientEndpoints({
    files: [fake],
    sources: new Map([[fake, source]]),
  });

  it('reads path templates through constants, helpers, template literals and wrappers', () => {
    expect(endpoints.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /api/v2/userz',
      'PATCH /api/v2/users/{u}',
      'GET /api/v2/users',
      'PUT /api/v2/users/{u}/profile',
      'GET /api/v2/buildinfo',
    ]);
  });

  it('reports calls it cannot read instead of skipping them', () => {
    expect(unresolved).toEqual([
      'src/api/__contract_fake__.ts:8: cannot resolve the path statically (got {p})',
      'src/api/__contract_fake__.ts:9: http() options use a spread; write method/body/query out',
    ]);
  });

  it('reports an unknown path, a wrong method and an unknown query key', () => {
    expect(endpoints.flatMap((e) => endpointProblems(contract.doc, e))).toEqual([
      'GET /api/v2/userz (src/api/__contract_fake__.ts:4): no such path in the document',
      'PATCH /api/v2/users/{u} (src/api/__contract_fake__.ts:5): the document has GET, DELETE for /api/v2/users/{user}, not PATCH',
      "GET /api/v2/users (src/api/__contract_fake__.ts:6): query parameter 'search': expected one of [q, after_id, limit, offset], got 'search'",
    ]);
  });
});

describe('the zod checker', () => {
  it('reports an enum that differs from the document', () => {
    const schema = z.object({
      id: z.string(),
      status: z.optional(z.enum(['active', 'suspended', 'banned'])),
    });
    expect(compareZod(contract.doc, schema, userRef)).toEqual([
      "$.status: enum: expected ['active', 'suspended', 'dormant'], got ['active', 'suspended', 'banned'] (zod lacks ['dormant']) (not in the document: ['banned'])",
    ]);
  });

  it('accepts a tolerant enum (z.catch) that knows fewer values, never one that invents a value', () => {
    const known = z.object({ status: z.catch(z.enum(['active', 'suspended']), 'active') });
    expect(compareZod(contract.doc, known, userRef)).toEqual([]);
    const invented = z.object({ status: z.catch(z.enum(['active', 'banned']), 'active') });
    expect(compareZod(contract.doc, invented, userRef)).toEqual([
      "$.status: enum: expected ['active', 'suspended', 'dormant'], got ['active', 'banned'] (not in the document: ['banned'])",
    ]);
  });

  it('reports a field the UI requires that the document does not guarantee', () => {
    const schema = z.object({ id: z.string(), name: z.string(), username: z.string() });
    expect(compareZod(contract.doc, schema, userRef)).toEqual([
      "$.name: the UI requires this field, the document does not (required: ['created_at', 'email', 'id', 'username']); make it optional or give it a default",
    ]);
  });

  it('reports a field the document allows to be null that zod rejects', () => {
    const ref = { $ref: '#/definitions/codersdk.Workspace' };
    const strict = z.object({ dormant_at: z.optional(z.string()) });
    expect(compareZod(contract.doc, strict, ref)).toEqual([
      '$.dormant_at: the document allows null, zod does not (a null would fail to parse)',
    ]);
    expect(compareZod(contract.doc, z.object({ dormant_at: z.nullish(z.string()) }), ref)).toEqual([]);
  });

  it('compares with the document a narrowing difference does not touch ("" roles stay allowed)', () => {
    const actor = { $ref: '#/definitions/codersdk.SharedWorkspaceActor' };
    const strict = z.object({ roles: z.array(z.enum(['admin', 'use'])) });
    // Patched for the mock (which never sends ""), the strict schema would pass: that is how it slipped through.
    expect(compareZod(contract.doc, strict, actor)).toEqual([]);
    expect(compareZod(contract.zodDoc, strict, actor)).toEqual([
      "$.roles[]: enum: expected ['admin', 'use', ''], got ['admin', 'use'] (zod lacks [''])",
    ]);
  });

  it('reports a field the UI requires that the document lacks, and a wrong type', () => {
    const schema = z.object({ nickname: z.string(), nick2: z.optional(z.string()), created_at: z.number() });
    expect(compareZod(contract.doc, schema, userRef)).toEqual([
      '$.nickname: the UI requires this field, the document has no such field',
      '$.created_at: expected string, zod has a number',
    ]);
  });

  it('accepts the real user schema and flags strict objects', () => {
    expect(compareZod(contract.doc, userSchema, userRef)).toEqual([]);
    expect(strictObjects(z.object({ a: z.strictObject({ b: z.string() }) }))).toEqual([
      '$.a: strict object (rejects fields it does not know; a newer server would break it)',
    ]);
  });
});

describe("Coder's OpenAPI document", () => {
  it("is the repository's pinned extract unless CODER_SWAGGER says otherwise", () => {
    const old = process.env.CODER_SWAGGER;
    delete process.env.CODER_SWAGGER;
    expect(swaggerPath()).toBe(path.join(repoRoot, 'contract/coder-openapi.json'));
    process.env.CODER_SWAGGER = '/elsewhere/swagger.json';
    expect(swaggerPath()).toBe('/elsewhere/swagger.json');
    if (old === undefined) delete process.env.CODER_SWAGGER;
    else process.env.CODER_SWAGGER = old;
  });

  it('fails loudly, saying where it is expected and how to remake it, when it is missing', () => {
    expect(() => loadContract({ file: '/nowhere/swagger.json' })).toThrow(
      /OpenAPI document was not found at \/nowhere\/swagger\.json.*contract\/coder-openapi\.json.*npm run contract:update/,
    );
  });

  it("has /api/v2 path keys as Coder's document does", () => {
    const doc = readSwagger();
    expect(Object.keys(doc.paths)).toContain('/api/v2/users/{user}');
  });
});

describe('the pinned contract (contract/coder-openapi.json)', () => {
  const pinned = JSON.parse(fs.readFileSync(pinnedPath, 'utf8')) as PinnedDoc;

  it('records its upstream commit and a checksum that matches its content (no hand edits)', () => {
    expect(pinned['x-pinned']).toMatchObject({
      source: UPSTREAM_SOURCE,
      commit: 'db6e5a2a55b3be679b05f592d747ac3d5f3bbdba',
      sourceSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(contentSha256(pinned)).toBe(pinned['x-pinned'].sha256);
    const edited = structuredClone(pinned);
    delete edited.definitions['codersdk.User']!.required;
    expect(contentSha256(edited)).not.toBe(pinned['x-pinned'].sha256);
  });

  it('holds every path the client calls and the definitions they reach', () => {
    const { endpoints, definitions } = usedByDashboard();
    expect(() => extractContract(pinned, endpoints, definitions)).not.toThrow();
    // Self-contained: every $ref points inside the extract.
    const refs = JSON.stringify(pinned).match(/#\/definitions\/[^"]+/g) ?? [];
    expect(refs.filter((r) => !pinned.definitions[r.slice('#/definitions/'.length)])).toEqual([]);
  });

  it('reports an endpoint the document lacks by name', () => {
    expect(() => extractContract(pinned, [{ method: 'GET', path: '/api/v2/nowhere' }])).toThrow(
      'Not in the document: GET /api/v2/nowhere',
    );
  });

  // Given the full upstream document (CODER_SWAGGER_UPSTREAM=/path/to/swagger.json; .ci/run sets it when the
  // checkout has one beside it), the pinned file must be exactly what `npm run contract:update` makes from
  // it: nothing stale, nothing edited. The repository itself needs nothing outside it.
  const upstream = process.env.CODER_SWAGGER_UPSTREAM ?? '';
  it.runIf(upstream !== '' && fs.existsSync(upstream))(
    'is what npm run contract:update makes from the upstream document',
    () => {
      const text = fs.readFileSync(upstream, 'utf8');
      const fresh = makePinned(text, pinned['x-pinned'].commit);
      expect(
        fresh['x-pinned'].sha256,
        `contract/coder-openapi.json is out of date: run npm run contract:update -- ${upstream}`,
      ).toBe(pinned['x-pinned'].sha256);
      expect(fresh).toEqual(pinned);
    },
  );
});

describe('known differences (contract/knownDifferences.ts)', () => {
  it.each(KNOWN_DIFFERENCES.map((d) => [`${d.endpoint}: ${d.differs}`, d] as const))('%s', (_n, d) => {
    // The reason is stated here, in the repository, not by pointing at documents outside it.
    expect(d.reason.length).toBeGreaterThan(40);
    expect(d.reason).not.toMatch(/DIGEST|§|\.\.\/shared/);
    // Applies to the current document (a stale entry throws).
    expect(() => applyKnownDifferences(contract.original, [d])).not.toThrow();
  });

  it('a stale entry (the document already agrees) fails with a message', () => {
    const d = KNOWN_DIFFERENCES.find((x) => x.fix.kind === 'status')!;
    const fixed = applyKnownDifferences(contract.original, [d]);
    expect(() => applyKnownDifferences(fixed, [d])).toThrow(
      /no longer applies.*Remove it from contract\/knownDifferences\.ts/,
    );
  });
});

/** The contract checker itself: deliberately broken endpoints, bodies and schemas must fail, readably. */
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
import { loadContract, readSwagger, repoRoot, swaggerPath } from './swagger';
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
    const schema = z.object({ id: z.string(), status: z.enum(['active', 'suspended', 'banned']) });
    expect(compareZod(contract.doc, schema, userRef)).toEqual([
      "$.status: enum: expected ['active', 'suspended', 'dormant'], got ['active', 'suspended', 'banned'] (zod lacks ['dormant']) (not in the document: ['banned'])",
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
  it('is read from ../shared/coder-api/swagger.json unless CODER_SWAGGER says otherwise', () => {
    const old = process.env.CODER_SWAGGER;
    delete process.env.CODER_SWAGGER;
    expect(swaggerPath()).toBe(path.resolve(repoRoot, '../shared/coder-api/swagger.json'));
    process.env.CODER_SWAGGER = '/elsewhere/swagger.json';
    expect(swaggerPath()).toBe('/elsewhere/swagger.json');
    if (old === undefined) delete process.env.CODER_SWAGGER;
    else process.env.CODER_SWAGGER = old;
  });

  it('fails loudly, saying where it is expected, when it is missing', () => {
    expect(() => loadContract({ file: '/nowhere/swagger.json' })).toThrow(
      /OpenAPI document was not found at \/nowhere\/swagger\.json.*\.\.\/shared\/coder-api\/swagger\.json/,
    );
  });

  it('has a basePath and /api/v2 path keys as the digest describes', () => {
    const doc = readSwagger();
    expect(Object.keys(doc.paths)).toContain('/api/v2/users/{user}');
  });
});

describe('known differences (contract/knownDifferences.ts)', () => {
  it.each(KNOWN_DIFFERENCES.map((d) => [`${d.endpoint}: ${d.differs}`, d] as const))('%s', (_n, d) => {
    expect(d.reason).toMatch(/DIGEST §\d+/);
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

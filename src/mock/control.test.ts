/** `/__mock/*` controls and test tenants (issue 14), through plain requests to the handlers (msw/node). */
import { afterEach, describe, expect, it } from 'vitest';
import { configureMock, primaryDb, tenantNames } from './state';

const base = 'http://localhost:3000';
async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe('/__mock controls', () => {
  it('refuse cross-origin requests (Origin or Sec-Fetch-Site) and change nothing', async () => {
    const hostile: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://localhost:3000' },
    ];
    for (const headers of hostile) {
      const r = await post('/__mock/deployment', { premium: false }, headers);
      expect(r).toMatchObject({
        status: 403,
        body: { message: 'Mock controls accept same-origin requests only.' },
      });
      expect((await post('/__mock/reset', {}, headers)).status).toBe(403);
    }
    expect(primaryDb().data.deployment.premium).toBe(true);
    const same = await post(
      '/__mock/deployment',
      { premium: false },
      { origin: base, 'sec-fetch-site': 'same-origin' },
    );
    expect(same).toMatchObject({ status: 200, body: { premium: false } });
  });

  it('validate the deployment body: 400 with the field, nothing applied', async () => {
    const before = structuredClone(primaryDb().data.deployment);
    for (const [body, field] of [
      [{ build_timing: null }, 'build_timing'],
      [{ build_timing: { pending_ms: -1, running_ms: 10 } }, 'build_timing'],
      [{ premium: 'no' }, 'premium'],
      [{ disable_workspace_sharing: 1 }, 'disable_workspace_sharing'],
      [{ premium: false, surprise: true }, 'surprise'],
      [[], ''],
    ] as const) {
      const r = await post('/__mock/deployment', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.validations).toEqual([expect.objectContaining({ field })]);
    }
    expect(primaryDb().data.deployment).toEqual(before);
    const ok = await post('/__mock/deployment', { build_timing: { pending_ms: 0, running_ms: 5 } });
    expect(ok.body.build_timing).toEqual({ pending_ms: 0, running_ms: 5 });
  });
});

describe('test tenants', () => {
  afterEach(() => configureMock({ maxTenants: 16 }));

  it('keep at most maxTenants, evicting the least recently used', async () => {
    configureMock({ maxTenants: 2 });
    const as = (t: string, body: object) => post('/__mock/deployment', body, { 'x-mock-tenant': t });
    await as('lru-a', { premium: false });
    await as('lru-b', { premium: false });
    await as('lru-a', {}); // a is now the most recently used
    await as('lru-c', {});
    expect(tenantNames()).toEqual(['lru-a', 'lru-c']);
    expect((await as('lru-a', {})).body.premium).toBe(false); // kept its state
    expect((await as('lru-b', {})).body.premium).toBe(true); // evicted: a fresh seed
    expect(primaryDb().data.deployment.premium).toBe(true);
  });
});

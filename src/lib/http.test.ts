/** Graceful degradation at the HTTP layer: what an older or OSS Coder answers is recognisable. */
import { http as route, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { server } from '../mock/runtimes/node';
import { http, isPremiumRequired, isUnsupported, UnsupportedResponseError } from './http';

const schema = z.object({ id: z.string(), status: z.enum(['active', 'suspended']) });

describe('http() against servers that differ', () => {
  it('an endpoint the server lacks ("Route not found.", what Coder and the mock answer) is unsupported', async () => {
    const err = await http('/api/v2/no-such-endpoint', { schema }).catch((e: unknown) => e);
    expect(isUnsupported(err)).toBe(true);
  });

  it('a 404 for a missing object is not "unsupported"', async () => {
    server.use(
      route.get('*/api/v2/things/:id', () =>
        HttpResponse.json(
          { message: 'Resource not found or you do not have access to this resource' },
          { status: 404 },
        ),
      ),
    );
    const err = await http('/api/v2/things/1', { schema }).catch((e: unknown) => e);
    expect(isUnsupported(err)).toBe(false);
  });

  it('tolerates extra fields, and turns a missing needed field into UnsupportedResponseError', async () => {
    server.use(
      route.get('*/api/v2/things/new', () => HttpResponse.json({ id: '1', status: 'active', extra: 1 })),
    );
    await expect(http('/api/v2/things/new', { schema })).resolves.toEqual({ id: '1', status: 'active' });

    server.use(route.get('*/api/v2/things/old', () => HttpResponse.json({ id: '1' })));
    const err = await http('/api/v2/things/old', { schema }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsupportedResponseError);
    expect(isUnsupported(err)).toBe(true);
    expect((err as Error).message).toMatch(/answered GET \/api\/v2\/things\/old without data.*status/);
    // In English (zod's messages load on demand, lib/zodEnglish.ts), not zod/mini's bare "Invalid input".
    expect((err as UnsupportedResponseError).issues).toEqual([
      expect.stringMatching(/^status: Invalid option: expected one of "active"\|"suspended"$/),
    ]);
  });

  it('recognises a missing Premium entitlement', async () => {
    server.use(
      route.get('*/api/v2/groups', () =>
        HttpResponse.json({ message: 'Template RBAC is a Premium feature. Contact sales!' }, { status: 403 }),
      ),
    );
    const err = await http('/api/v2/groups', { schema }).catch((e: unknown) => e);
    expect(isPremiumRequired(err)).toBe(true);
    expect(isUnsupported(err)).toBe(false);
  });
});

describe('http() and Coder’s CSRF check', () => {
  const signInWithCookieOnly = async () => {
    // Password sign-in: the session lives in the HttpOnly cookie (replayed by MSW like a browser), no header.
    const res = await http('/api/v2/users/login', {
      method: 'POST',
      body: { email: 'admin@example.com', password: 'SomeSecurePassword!' },
    });
    return res;
  };

  it('a write after password sign-in carries the nosurf token and passes', async () => {
    await signInWithCookieOnly();
    const seen: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') seen.push(request.headers.get('x-csrf-token'));
    });
    await http('/api/v2/users/alice/status/suspend', { method: 'PUT' });
    server.events.removeAllListeners();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('fetches a fresh token once when the server refuses a stale one, and shows Coder’s text otherwise', async () => {
    await signInWithCookieOnly();
    let refusals = 1;
    server.use(
      route.put('*/api/v2/users/:user/status/suspend', () => {
        if (refusals-- <= 0) return undefined;
        return new HttpResponse('Something is wrong with your CSRF token. Please refresh the page.\n', {
          status: 400,
          headers: { 'Content-Type': 'text/plain' },
        });
      }),
    );
    await expect(http('/api/v2/users/bob/status/suspend', { method: 'PUT' })).resolves.toBeUndefined();

    refusals = 5;
    const err = await http('/api/v2/users/carol/status/suspend', { method: 'PUT' }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^Something is wrong with your CSRF token/),
    });
  });
});

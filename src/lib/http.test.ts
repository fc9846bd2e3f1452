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

/** Secrets at rest in the mock's tables (issue 14): hashes only, expired sessions pruned. */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../lib/demoAccounts';
import { call, tokenFor } from './testClient';
import { primaryDb } from './state';

describe('sessions and passwords at rest', () => {
  it('keep no password or token in the data, only hashes that still sign in and authenticate', async () => {
    const token = await tokenFor('alice');
    const admin = await tokenFor('admin');
    const created = await call('/api/v2/users', {
      method: 'POST',
      token: admin,
      body: {
        username: 'hashy',
        email: 'hashy@example.com',
        password: 'Another-Secure-Pw1',
        organization_ids: [primaryDb().defaultOrg().id],
      },
    });
    expect(created.status).toBe(201);
    const stored = JSON.stringify(primaryDb().data);
    for (const secret of [token, admin, DEMO_PASSWORD, 'Another-Secure-Pw1'])
      expect(stored).not.toContain(secret);
    expect(primaryDb().userByUsername('hashy')!.hashed_password).toMatch(/^\$pbkdf2-sha256\$65535\$/);
    expect((await call('/api/v2/users/me', { token })).body.username).toBe('alice');
    const login = await call('/api/v2/users/login', {
      method: 'POST',
      body: { email: 'hashy@example.com', password: 'Another-Secure-Pw1' },
    });
    expect(login.status).toBe(201);
  });

  it('prunes expired sessions when a new one is created', async () => {
    await tokenFor('alice');
    await tokenFor('bob');
    expect(primaryDb().data.sessions).toHaveLength(2);
    expect((await call('/__mock/expire-sessions', { method: 'POST' })).status).toBe(200);
    const carol = await tokenFor('carol');
    expect(primaryDb().data.sessions).toHaveLength(1);
    expect((await call('/api/v2/users/me', { token: carol })).body.username).toBe('carol');
  });
});

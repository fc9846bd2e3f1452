/** API tokens: who may list/create/delete them, the shapes, lifetime rules, and that a token signs API calls in. */
import { describe, expect, it } from 'vitest';
import { as, call } from './testClient';

const DAY_NS = 24 * 3600 * 1e9;
const tokens = (user: string) => `/api/v2/users/${user}/keys/tokens`;

describe('API tokens', () => {
  it('an owner creates a token for a service account; the token authenticates as that account', async () => {
    const admin = await as('admin');
    const created = await admin(tokens('oncall-sre'), 'POST', {
      token_name: 'ci-deploy',
      lifetime: 30 * DAY_NS,
      scopes: ['coder:all'],
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body)).toEqual(['key']);
    const key = created.body.key as string;
    expect(key).toMatch(/^[A-Za-z0-9]{10}-[A-Za-z0-9]{22}$/);

    const me = await call('/api/v2/users/me', { token: key });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('oncall-sre');

    const list = await admin(tokens('oncall-sre'));
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    const [t] = list.body;
    expect(t).toMatchObject({
      id: key.split('-')[0],
      token_name: 'ci-deploy',
      login_type: 'token',
      scopes: ['coder:all'],
      lifetime_seconds: 30 * 24 * 3600,
    });
    expect(JSON.stringify(list.body)).not.toContain(key.split('-')[1]);
    expect(Date.parse(t.last_used)).toBeGreaterThan(Date.now() - 60_000);

    const del = await admin(`/api/v2/users/oncall-sre/keys/${t.id}`, 'DELETE');
    expect(del.status).toBe(204);
    expect((await admin(tokens('oncall-sre'))).body).toEqual([]);
    expect((await call('/api/v2/users/me', { token: key })).status).toBe(401);
  });

  it('members manage only their own tokens; user admins cannot mint tokens for others', async () => {
    const alice = await as('alice');
    expect((await alice(tokens('me'), 'POST', { token_name: 'laptop', lifetime: DAY_NS })).status).toBe(201);
    expect((await alice(tokens('alice'))).body.map((k: { token_name: string }) => k.token_name)).toEqual([
      'laptop',
    ]);
    expect((await alice(tokens('bob'))).status).toBe(404);
    expect((await alice(tokens('bob'), 'POST', { token_name: 'x', lifetime: DAY_NS })).status).toBe(404);

    const useradmin = await as('useradmin');
    expect((await useradmin(tokens('alice'))).status).toBe(404);
    expect((await useradmin(tokens('oncall-sre'), 'POST', { token_name: 'x' })).status).toBe(404);

    const admin = await as('admin');
    const [laptop] = (await admin(tokens('alice'))).body;
    expect((await useradmin(`/api/v2/users/alice/keys/${laptop.id}`, 'DELETE')).status).toBe(404);
    expect((await alice(`/api/v2/users/alice/keys/${laptop.id}`, 'DELETE')).status).toBe(204);
  });

  it('validates lifetime, name and scope, and answers the max lifetime', async () => {
    const alice = await as('alice');
    const config = await alice(`${tokens('me')}/tokenconfig`);
    expect(config.body).toEqual({ max_token_lifetime: 90 * DAY_NS });
    const tooLong = await alice(tokens('me'), 'POST', { token_name: 'long', lifetime: 91 * DAY_NS });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.detail).toMatch(/lifetime must be less than/);
    const badName = await alice(tokens('me'), 'POST', { token_name: 'no spaces', lifetime: DAY_NS });
    expect(badName.body.validations[0].field).toBe('token_name');
    const badScope = await alice(tokens('me'), 'POST', { token_name: 'a', scopes: ['coder:nope'] });
    expect(badScope.status).toBe(400);
    expect((await alice(tokens('me'), 'POST', { token_name: 'twice' })).status).toBe(201);
    const dup = await alice(tokens('me'), 'POST', { token_name: 'twice' });
    expect(dup.status).toBe(409);
    expect(dup.body.message).toBe('A token with name "twice" already exists.');
    // No lifetime: Coder's default token lifetime (7 days).
    const [twice] = (await alice(tokens('me'))).body;
    expect(twice.lifetime_seconds).toBe(7 * 24 * 3600);
  });

  it('a token scoped to workspace apps cannot administer anything', async () => {
    const admin = await as('admin');
    const { body } = await admin(tokens('me'), 'POST', {
      token_name: 'apps',
      lifetime: DAY_NS,
      scope: 'application_connect',
    });
    const limited = await call('/api/v2/users', { token: body.key as string });
    expect(limited.status).toBe(200);
    expect(limited.body.users).toEqual([]);
    const suspend = await call('/api/v2/users/alice/status/suspend', { method: 'PUT', token: body.key });
    expect(suspend.status).not.toBe(200);
    const list = await admin(tokens('me'));
    expect(list.body[0]).toMatchObject({
      scope: 'application_connect',
      scopes: ['coder:application_connect'],
    });
  });
});

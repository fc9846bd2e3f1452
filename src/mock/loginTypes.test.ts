/** Sign-in methods the mock deployment has configured, and the login types Create user may use. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as, call } from './testClient';

const newUser = (login_type: string) => ({
  username: `new-${login_type}`,
  email: `new-${login_type}@example.com`,
  login_type,
  password: '',
  organization_ids: [primaryDb().defaultOrg().id],
});

describe('login types', () => {
  it('reports GitHub and OIDC as configured and creates users of every type Coder allows', async () => {
    const methods = await call('/api/v2/users/authmethods');
    expect(methods.body).toMatchObject({ github: { enabled: true }, oidc: { enabled: true } });
    const admin = await as('admin');
    for (const t of ['github', 'oidc', 'none']) {
      const r = await admin('/api/v2/users', 'POST', newUser(t));
      expect(r.status, t).toBe(201);
      expect(r.body.login_type).toBe(t);
    }
    expect((await admin('/api/v2/users', 'POST', newUser('token'))).status).toBe(400);
  });

  it('refuses OIDC users where OIDC is not configured, and says so in authmethods', async () => {
    primaryDb().data.deployment.oidc_auth = false;
    expect((await call('/api/v2/users/authmethods')).body.oidc.enabled).toBe(false);
    const admin = await as('admin');
    const r = await admin('/api/v2/users', 'POST', newUser('oidc'));
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('You must configure OIDC before creating OIDC users.');
  });
});

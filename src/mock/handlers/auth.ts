import { http, HttpResponse } from 'msw';
import { authed, open, SESSION_COOKIE, sessionTokenOf } from '../context';
import { readBody } from '../body';
import { bodies } from '../requests';
import { badRequest, json, message, validationFailed } from '../responses';
import { passwordProblem } from '../password';
import { hashToken, verifyPassword } from '../secrets';
import * as s from '../serialize';
import { api } from './api';

const SESSION_TTL_MS = 24 * 3600 * 1000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function randomString(len: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(len));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export const authHandlers = [
  http.get(api('/buildinfo'), () =>
    json({
      external_url: 'https://github.com/coder/coder',
      version: 'v2.33.0-mock',
      dashboard_url: 'http://localhost:5173',
      workspace_proxy: false,
      agent_api_version: '2.6',
      provisioner_api_version: '1.9',
      upgrade_message: '',
      deployment_id: '5c6d1b7e-8a4e-4f33-9a0f-0d6f1c2b7a11',
      telemetry: false,
    }),
  ),

  http.get(
    api('/users/authmethods'),
    open(({ db }) =>
      json({
        password: { enabled: true },
        github: { enabled: db.data.deployment.github_auth ?? true, default_provider_configured: false },
        oidc: { enabled: db.data.deployment.oidc_auth ?? true, signInText: '', iconUrl: '' },
      }),
    ),
  ),

  http.post(
    api('/users/login'),
    open(async ({ request, db }) => {
      const body = await readBody(request, bodies.login);
      if (body instanceof Response) return body;
      const email = body.email ?? '';
      const password = body.password ?? '';
      const validations = [];
      if (!email)
        validations.push({ field: 'email', detail: 'Validation failed for tag "required" with value: ""' });
      else if (!EMAIL.test(email))
        validations.push({
          field: 'email',
          detail: `Validation failed for tag "email" with value: "${email}"`,
        });
      if (!password)
        validations.push({
          field: 'password',
          detail: 'Validation failed for tag "required" with value: ""',
        });
      if (validations.length) return validationFailed(validations);

      const user = db.userByEmail(email);
      if (user && user.login_type !== 'password') {
        return message(
          403,
          `Incorrect login type, attempting to use "password" but user is of login type "${user.login_type}"`,
        );
      }
      if (!user || !(await verifyPassword(password, user.hashed_password)))
        return message(401, 'Incorrect email or password.');
      if (user.status === 'suspended') {
        return message(401, 'Your account is suspended. Contact an admin to reactivate your account.');
      }
      const now = Date.now();
      const token = `${randomString(10)}-${randomString(22)}`;
      const expires = new Date(now + SESSION_TTL_MS);
      db.addSession(token, {
        user_id: user.id,
        created_at: new Date(now).toISOString(),
        expires_at: expires.toISOString(),
      });
      user.status = 'active';
      user.last_seen_at = new Date(now).toISOString();
      db.touched({ users: [user] });
      return HttpResponse.json(
        { session_token: token },
        {
          status: 201,
          headers: {
            'Set-Cookie': `${SESSION_COOKIE}=${token}; Path=/; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Lax`,
          },
        },
      );
    }),
  ),

  http.post(
    api('/users/logout'),
    authed(({ request, url, db }) => {
      const hash = hashToken(sessionTokenOf(request, url) ?? '');
      db.removeSessions((x) => x.token_hash === hash);
      return HttpResponse.json(
        { message: 'Logged out!' },
        { headers: { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=-1; HttpOnly; SameSite=Lax` } },
      );
    }),
  ),

  http.get(
    api('/users/me'),
    authed(({ db, actor }) => json(s.user(db, actor.user))),
  ),

  http.post(
    api('/users/validate-password'),
    authed(async ({ request }) => {
      const body = await readBody(request, bodies.validatePassword);
      if (body instanceof Response) return body;
      if (!body.password)
        return validationFailed([
          { field: 'password', detail: 'Validation failed for tag "required" with value: ""' },
        ]);
      const problem = passwordProblem(body.password);
      return json({ valid: !problem, details: problem ?? '' });
    }),
  ),

  http.get(api('/users/first'), () => json({ message: 'The initial user has already been created!' })),
  http.post(api('/users/first'), () => badRequest('The initial user has already been created.')),
];

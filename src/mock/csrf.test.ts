/** Coder's CSRF rule in the mock: which writes pass, which get the plain-text 400, and the nosurf token. */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CSRF_FAILURE, CSRF_PAGE_PATH, maskCsrfSecret, newCsrfSecret, verifyCsrfToken } from './csrf';
import { handlers } from './handlers';
import { primaryDb } from './state';

// An origin of its own: msw's cookie store (shared by the files of a worker) holds the sessions other files'
// fetches made on localhost, and would add them to these requests.
const base = 'http://csrf.localhost:3000';

function request(
  path: string,
  init: {
    method?: string;
    cookies?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
  } = {},
) {
  const headers = new Headers(init.headers);
  const cookies = Object.entries(init.cookies ?? {}).map(([k, v]) => `${k}=${v}`);
  if (cookies.length) headers.set('cookie', cookies.join('; '));
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return new Request(base + path, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function send(req: Request) {
  const res = await getResponse(handlers, req);
  if (!res) throw new Error(`no handler for ${req.method} ${req.url}`);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
    headers: res.headers,
  };
}

async function sessionToken(): Promise<string> {
  const res = await send(
    request('/api/v2/users/login', {
      method: 'POST',
      body: { email: 'admin@example.com', password: 'SomeSecurePassword!' },
    }),
  );
  expect(res.status).toBe(201);
  return (JSON.parse(res.text) as { session_token: string }).session_token;
}

const suspendAlice = '/api/v2/users/alice/status/suspend';

describe('CSRF (Coder: cookie-authenticated writes need the header or a nosurf token)', () => {
  it('refuses a cookie-only write with Coder’s plain-text 400 and changes nothing', async () => {
    const token = await sessionToken();
    const res = await send(request(suspendAlice, { method: 'PUT', cookies: { coder_session_token: token } }));
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^text\/plain/);
    expect(res.text.trim()).toBe(CSRF_FAILURE);
    expect(primaryDb().data.users.find((u) => u.username === 'alice')?.status).toBe('active');
  });

  it('lets the write through when the Coder-Session-Token header equals the cookie', async () => {
    const token = await sessionToken();
    const res = await send(
      request(suspendAlice, {
        method: 'PUT',
        cookies: { coder_session_token: token },
        headers: { 'Coder-Session-Token': token },
      }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).status).toBe('suspended');
  });

  it('refuses a header that differs from the cookie, and accepts the query parameter equal to it', async () => {
    const token = await sessionToken();
    const other = await sessionToken();
    const mismatch = await send(
      request(suspendAlice, {
        method: 'PUT',
        cookies: { coder_session_token: token },
        headers: { 'Coder-Session-Token': other },
      }),
    );
    expect(mismatch.status).toBe(400);
    const viaQuery = await send(
      request(`${suspendAlice}?coder_session_token=${token}`, {
        method: 'PUT',
        cookies: { coder_session_token: token },
      }),
    );
    expect(viaQuery.status).toBe(200);
  });

  it('exempts requests without the session cookie, reads, and Coder’s exempt paths', async () => {
    const token = await sessionToken();
    const headerOnly = await send(
      request(suspendAlice, { method: 'PUT', headers: { 'Coder-Session-Token': token } }),
    );
    expect(headerOnly.status).toBe(200);
    const read = await send(request('/api/v2/users/me', { cookies: { coder_session_token: token } }));
    expect(read.status).toBe(200);
    const first = await send(
      request('/api/v2/users/first', { method: 'POST', cookies: { coder_session_token: token }, body: {} }),
    );
    expect(first.text).not.toContain('CSRF');
  });

  it('accepts the nosurf token from the CSRF page for its own csrf_token cookie only', async () => {
    const token = await sessionToken();
    const page = await send(request(CSRF_PAGE_PATH));
    expect(page.type).toMatch(/^text\/html/);
    const secret = /csrf_token=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const masked = /property="csrf-token" content="([^"]+)"/.exec(page.text)?.[1] ?? '';
    expect(secret).not.toBe('');
    const write = (csrfCookie: string, sent: string) =>
      send(
        request(suspendAlice, {
          method: 'PUT',
          cookies: { coder_session_token: token, csrf_token: csrfCookie },
          headers: { 'X-CSRF-TOKEN': sent },
        }),
      );
    expect((await write(newCsrfSecret(), masked)).status).toBe(400);
    expect((await write(secret, 'not-a-token')).status).toBe(400);
    expect((await write(secret, masked)).status).toBe(200);
  });

  it('masks the token differently each time, and every mask verifies', () => {
    const secret = newCsrfSecret();
    const a = maskCsrfSecret(secret);
    const b = maskCsrfSecret(secret);
    expect(a).not.toBe(b);
    expect(verifyCsrfToken(secret, a) && verifyCsrfToken(secret, b) && verifyCsrfToken(secret, secret)).toBe(
      true,
    );
    expect(verifyCsrfToken(undefined, a)).toBe(false);
  });
});

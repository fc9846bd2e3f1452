/** Tiny HTTP client for mock-server unit tests (msw/node intercepts these fetches). */
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../lib/demoAccounts';
import { CSRF_PAGE_PATH } from '../lib/http';

const base = 'http://localhost:3000';

export type CallResult = { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * MSW keeps the cookies its responses set and replays them, as a browser would; so a write also sends the
 * nosurf token from the CSRF page, as the app does (an earlier login's session cookie would otherwise make
 * it a CSRF failure, exactly as on Coder).
 */
export async function csrfToken(): Promise<string> {
  const html = await (await fetch(`${base}${CSRF_PAGE_PATH}`)).text();
  return /content="([^"]+)"/.exec(html)?.[1] ?? '';
}

export async function call(
  pathname: string,
  init: { method?: string; body?: unknown; token?: string; raw?: string } = {},
): Promise<CallResult> {
  const headers = new Headers();
  if (init.token) {
    headers.set('Coder-Session-Token', init.token);
    // The cookie wins over the header in Coder's order; jsdom may replay the last login's cookie otherwise.
    headers.set('cookie', `coder_session_token=${init.token}`);
  }
  if (init.body !== undefined || init.raw !== undefined) headers.set('Content-Type', 'application/json');
  if ((init.method ?? 'GET') !== 'GET') headers.set('X-CSRF-TOKEN', await csrfToken());
  const res = await fetch(base + pathname, {
    method: init.method ?? 'GET',
    headers,
    // `raw` sends a body as it is (not JSON, or empty).
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

export async function tokenFor(username: string): Promise<string> {
  const r = await call('/api/v2/users/login', {
    method: 'POST',
    body: { email: `${username}@example.com`, password: DEMO_PASSWORD },
  });
  expect(r.status).toBe(201);
  return r.body.session_token as string;
}

/** `call` bound to a signed-in user. */
export async function as(username: string) {
  const token = await tokenFor(username);
  return (pathname: string, method = 'GET', body?: unknown) => call(pathname, { method, body, token });
}

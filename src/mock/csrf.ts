/**
 * Coder's CSRF rule (coderd/httpmw/csrf.go, built on nosurf), enforced exactly:
 * every non-GET/HEAD/OPTIONS/TRACE request under `/api` that carries the `coder_session_token` cookie is
 * refused with a plain-text 400 unless
 * - the `Coder-Session-Token` header equals the cookie (a custom header cannot be forged cross-site),
 * - the `coder_session_token` query parameter equals the cookie, or
 * - `X-CSRF-TOKEN` holds a valid nosurf token for the `csrf_token` cookie.
 * Requests without the session cookie are exempt (nothing is attached automatically), and so are the
 * paths Coder exempts. The nosurf token comes from the HTML page Coder renders
 * (`<meta property="csrf-token">`); the mock renders the same meta tag at CSRF_PAGE_PATH.
 */
import { http, HttpResponse } from 'msw';
import { CSRF_PAGE_PATH } from '../lib/http';
import { SESSION_COOKIE } from './context';
import { readCookie } from './state';

export const CSRF_COOKIE = 'csrf_token';
export { CSRF_PAGE_PATH };
export const CSRF_FAILURE =
  'Something is wrong with your CSRF token. Please refresh the page. If this error persists, try clearing your cookies.';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);
const TOKEN_BYTES = 32;
const EXEMPT = [
  /\/api\/v2\/users\/first/,
  /api\/v2\/workspaceagents\//,
  /api\/v2\/workspaceproxies\/me\//,
  /api\/v2\/scim\//,
  /\/organizations\/[^/]+\/provisionerdaemons\//,
];

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** A fresh nosurf base token, as stored in the `csrf_token` cookie. */
export const newCsrfSecret = () => toBase64(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));

/** nosurf's masked form of the cookie's token (one-time pad + XOR), different on every render. */
export function maskCsrfSecret(secret: string): string {
  const token = fromBase64(secret) ?? new Uint8Array(TOKEN_BYTES);
  const pad = crypto.getRandomValues(new Uint8Array(TOKEN_BYTES));
  const out = new Uint8Array(TOKEN_BYTES * 2);
  out.set(pad);
  for (let i = 0; i < TOKEN_BYTES; i++) out[TOKEN_BYTES + i] = pad[i]! ^ (token[i] ?? 0);
  return toBase64(out);
}

/** nosurf.VerifyToken: the sent token (masked or not) must unmask to the cookie's token. */
export function verifyCsrfToken(secret: string | undefined, sent: string): boolean {
  const real = secret ? fromBase64(secret) : undefined;
  const given = fromBase64(sent);
  if (real?.length !== TOKEN_BYTES || !given) return false;
  let plain: Uint8Array;
  if (given.length === TOKEN_BYTES * 2) {
    plain = new Uint8Array(TOKEN_BYTES);
    for (let i = 0; i < TOKEN_BYTES; i++) plain[i] = given[i]! ^ given[TOKEN_BYTES + i]!;
  } else if (given.length === TOKEN_BYTES) plain = given;
  else return false;
  let diff = 0;
  for (let i = 0; i < TOKEN_BYTES; i++) diff |= plain[i]! ^ real[i]!;
  return diff === 0;
}

/** True when Coder would refuse this request with its CSRF error. */
export function violatesCsrf(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const url = new URL(request.url);
  if (!url.pathname.startsWith('/api')) return false;
  if (url.pathname === '/api/v2/csp/reports' || EXEMPT.some((re) => re.test(url.pathname))) return false;
  const cookie = readCookie(request, SESSION_COOKIE);
  if (cookie === undefined) return false;
  if (request.headers.get('coder-session-token') === cookie) return false;
  if (url.searchParams.get(SESSION_COOKIE) === cookie) return false;
  const sent = request.headers.get('x-csrf-token');
  return !(sent && verifyCsrfToken(readCookie(request, CSRF_COOKIE), sent));
}

const csrfCookie = (secret: string) => `${CSRF_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Lax`;

export const csrfHandlers = [
  // First in the handler list: refuses, or falls through (returns nothing) to the route's own handler.
  http.all('*/api/*', ({ request }) => {
    if (!violatesCsrf(request)) return undefined;
    return new Response(`${CSRF_FAILURE}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  }),
  // The HTML Coder renders for its dashboard, reduced to what matters here: the masked token for this
  // browser's `csrf_token` cookie (issued now if it has none), as nosurf does on every page.
  http.get(`*${CSRF_PAGE_PATH}`, ({ request }) => {
    const existing = readCookie(request, CSRF_COOKIE);
    const secret = existing && fromBase64(existing)?.length === TOKEN_BYTES ? existing : newCsrfSecret();
    const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    if (secret !== existing) headers.set('Set-Cookie', csrfCookie(secret));
    const html = `<!doctype html><html><head><meta property="csrf-token" content="${maskCsrfSecret(secret)}" /></head><body></body></html>`;
    return HttpResponse.html(html, { status: 200, headers });
  }),
];

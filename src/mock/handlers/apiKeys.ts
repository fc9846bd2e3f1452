/**
 * API tokens (`/users/{user}/keys/tokens`): list, create (the secret is answered once), delete, config.
 * A token is a session row with a name, scopes and lifetime, so `authed()` accepts it like Coder does
 * (`Coder-Session-Token` header). Only the key's owner, or who may manage that user's api keys, gets in.
 */
import { http } from 'msw';
import { authed, type Ctx } from '../context';
import type { SessionRow, UserRow } from '../db';
import { badRequest, json, message, noContent, notFound, readJson } from '../responses';
import { api } from './api';
import { randomString } from './auth';
import { readableUser } from './users';

const DAY_MS = 24 * 3600 * 1000;
/** Coder's default `--default-token-lifetime` (7 days) and this mock's `--max-token-lifetime`. */
export const DEFAULT_TOKEN_LIFETIME_MS = 7 * DAY_MS;
export const MAX_TOKEN_LIFETIME_MS = 90 * DAY_MS;
const NS_PER_MS = 1_000_000;

/** Scopes the mock understands; the legacy `scope` values map onto them as in Coder. */
const LEGACY_SCOPES: Record<string, string> = {
  all: 'coder:all',
  application_connect: 'coder:application_connect',
};
const KNOWN_SCOPES = ['coder:all', 'coder:application_connect'];
const TOKEN_NAME = /^[a-zA-Z0-9]+(?:[-_][a-zA-Z0-9]+)*$/;

export const keyId = (s: SessionRow) => s.id ?? s.token_hash.slice(0, 10);
const isToken = (s: SessionRow) => s.token_name !== undefined;
export const maxTokenLifetimeMs = (ctx: Ctx) =>
  ctx.db.data.deployment.max_token_lifetime_ms ?? MAX_TOKEN_LIFETIME_MS;

/** `codersdk.APIKey`. */
export function apiKey(s: SessionRow) {
  const scopes = s.scopes ?? ['coder:all'];
  return {
    id: keyId(s),
    user_id: s.user_id,
    token_name: s.token_name ?? '',
    login_type: 'token',
    scope: scopes.includes('coder:application_connect') ? 'application_connect' : 'all',
    scopes,
    created_at: s.created_at,
    updated_at: s.last_used ?? s.created_at,
    last_used: s.last_used ?? '0001-01-01T00:00:00Z',
    expires_at: s.expires_at,
    lifetime_seconds: s.lifetime_seconds ?? 0,
  };
}

const keyCheck = (u: UserRow, action: string) => ({
  object: { resource_type: 'api_key', owner_id: u.id },
  action,
});

/** The user named in the path, if the caller may act on their api keys (404 otherwise, as Coder hides it). */
function keyOwner(ctx: Ctx, action: string): UserRow | undefined {
  const u = readableUser(ctx, ctx.params.user);
  return u && ctx.can(keyCheck(u, action)) ? u : undefined;
}

type CreateTokenBody = { token_name?: unknown; lifetime?: unknown; scope?: unknown; scopes?: unknown };

function requestedScopes(body: CreateTokenBody): string[] | Response {
  const raw = Array.isArray(body.scopes) && body.scopes.length ? body.scopes : [body.scope ?? 'all'];
  const out = raw.map((x) => LEGACY_SCOPES[String(x)] ?? String(x));
  const bad = out.find((x) => !KNOWN_SCOPES.includes(x));
  if (bad)
    return badRequest('Validation failed.', undefined, [
      { field: 'scopes', detail: `invalid API key scope: "${bad}"` },
    ]);
  return [...new Set(out)];
}

async function createToken(ctx: Ctx): Promise<Response> {
  const u = keyOwner(ctx, 'create');
  if (!u) return notFound();
  const body = await readJson<CreateTokenBody>(ctx.request);
  if (body instanceof Response) return body;
  const lifetimeNs = body.lifetime === undefined ? 0 : Number(body.lifetime);
  const lifetimeMs = lifetimeNs ? lifetimeNs / NS_PER_MS : DEFAULT_TOKEN_LIFETIME_MS;
  const max = maxTokenLifetimeMs(ctx);
  if (!Number.isFinite(lifetimeMs) || lifetimeMs <= 0)
    return badRequest(
      'Failed to validate create API key request.',
      'lifetime must be positive number greater than 0',
    );
  if (lifetimeMs > max)
    return badRequest(
      'Failed to validate create API key request.',
      `lifetime must be less than ${Math.round(max / 3600_000)}h0m0s`,
    );
  const scopes = requestedScopes(body);
  if (scopes instanceof Response) return scopes;
  const name = typeof body.token_name === 'string' && body.token_name ? body.token_name : '';
  if (name && (name.length > 32 || !TOKEN_NAME.test(name)))
    return badRequest('Validation failed.', undefined, [
      { field: 'token_name', detail: `Validation failed for tag "token_name" with value: "${name}"` },
    ]);
  const tokenName = name || `token-${randomString(6).toLowerCase()}`;
  const now = Date.now();
  const mine = ctx.db.data.sessions.filter((s) => s.user_id === u.id && isToken(s));
  if (mine.some((s) => s.token_name === tokenName && Date.parse(s.expires_at) > now))
    return message(409, `A token with name "${tokenName}" already exists.`, undefined, [
      { field: 'token_name', detail: 'Token name must be unique.' },
    ]);
  const key = `${randomString(10)}-${randomString(22)}`;
  ctx.db.addSession(key, {
    id: key.split('-')[0],
    user_id: u.id,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + lifetimeMs).toISOString(),
    token_name: tokenName,
    scopes,
    lifetime_seconds: Math.round(lifetimeMs / 1000),
  });
  return json({ key }, 201);
}

export const apiKeyHandlers = [
  http.get(
    api('/users/:user/keys/tokens/tokenconfig'),
    authed((ctx) => {
      const u = keyOwner(ctx, 'read');
      return u ? json({ max_token_lifetime: maxTokenLifetimeMs(ctx) * NS_PER_MS }) : notFound();
    }),
  ),
  http.get(
    api('/users/:user/keys/tokens'),
    authed((ctx) => {
      const u = keyOwner(ctx, 'read');
      if (!u) return notFound();
      const includeExpired = ctx.url.searchParams.get('include_expired') === 'true';
      const now = Date.now();
      const rows = ctx.db.data.sessions
        .filter((s) => s.user_id === u.id && isToken(s))
        .filter((s) => includeExpired || Date.parse(s.expires_at) > now)
        .sort((a, b) => b.created_at.localeCompare(a.created_at));
      return json(rows.map(apiKey));
    }),
  ),
  http.post(api('/users/:user/keys/tokens'), authed(createToken)),
  http.delete(
    api('/users/:user/keys/:keyid'),
    authed((ctx) => {
      const u = keyOwner(ctx, 'delete');
      if (!u) return notFound();
      const row = ctx.db.data.sessions.find((s) => s.user_id === u.id && keyId(s) === ctx.params.keyid);
      if (!row) return notFound();
      ctx.db.removeSessions((s) => s === row);
      return noContent();
    }),
  ),
];

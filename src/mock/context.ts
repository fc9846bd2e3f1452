/** Resolver wrappers: every handler gets its tenant's db, and `authed` handlers the signed-in actor. */
import type { HttpResponseResolver, PathParams } from 'msw';
import { audited } from './audit';
import type { Db, SessionRow, UserRow } from './db';
import { actorFor, can, type Actor, type Check } from './rbac';
import { message, unauthorized } from './responses';
import { dbFor, readCookie } from './state';

export type OpenCtx = { request: Request; url: URL; params: Record<string, string>; db: Db };
export type Ctx = OpenCtx & { actor: Actor; can: (check: Check) => boolean };

export const SESSION_COOKIE = 'coder_session_token';

function flatParams(params: PathParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string') out[k] = decodeURIComponent(v);
  return out;
}

/** Token from cookie, query, `Coder-Session-Token`, `Authorization: Bearer` (Coder's order). */
export function sessionTokenOf(request: Request, url: URL): string | undefined {
  const bearer = request.headers.get('authorization');
  return (
    readCookie(request, SESSION_COOKIE) ||
    url.searchParams.get(SESSION_COOKIE) ||
    request.headers.get('coder-session-token') ||
    (bearer && /^bearer /i.test(bearer) ? bearer.slice(7) : undefined) ||
    url.searchParams.get('access_token') ||
    undefined
  );
}

/** Marks the user as seen (and so active again if dormant), at most once a minute. */
function touch(db: Db, user: UserRow, now: number): void {
  const stale = !user.last_seen_at || now - Date.parse(user.last_seen_at) > 60_000;
  if (stale || user.status === 'dormant') {
    user.last_seen_at = new Date(now).toISOString();
    if (user.status === 'dormant') user.status = 'active';
    db.touched({ users: [user] });
  }
}

/** An API token records when it was last used (at most once a minute). */
function touchToken(db: Db, session: SessionRow, now: number): void {
  if (session.last_used && now - Date.parse(session.last_used) < 60_000) return;
  session.last_used = new Date(now).toISOString();
  db.touched();
}

export function open(fn: (ctx: OpenCtx) => Response | Promise<Response>): HttpResponseResolver {
  return ({ request, params }) => {
    const ctx = { request, url: new URL(request.url), params: flatParams(params), db: dbFor(request) };
    return audited(ctx, () => fn(ctx));
  };
}

export function authed(fn: (ctx: Ctx) => Response | Promise<Response>): HttpResponseResolver {
  return ({ request, params }) => {
    const url = new URL(request.url);
    const db = dbFor(request);
    const token = sessionTokenOf(request, url);
    if (!token) {
      return unauthorized(`Cookie "${SESSION_COOKIE}" or query parameter must be provided.`);
    }
    const session = db.session(token);
    const now = Date.now();
    if (!session || Date.parse(session.expires_at) < now) return unauthorized();
    const user = db.user(session.user_id);
    if (!user) return unauthorized();
    if (user.status === 'suspended') {
      return message(
        401,
        `User is not active (status = "${user.status}"). Contact an admin to reactivate your account.`,
      );
    }
    touch(db, user, now);
    if (session.token_name !== undefined) touchToken(db, session, now);
    const actor = actorFor(db, user);
    // An API token scoped to workspace apps grants nothing else (Coder's `coder:application_connect`).
    const appsOnly = session.scopes !== undefined && !session.scopes.includes('coder:all');
    const ctx: Ctx = {
      request,
      url,
      params: flatParams(params),
      db,
      actor,
      can: (check) => (!appsOnly || check.action === 'application_connect') && can(db, actor, check),
    };
    // Every write passes the auditor (src/mock/audit.ts), which records the ones Coder audits.
    return audited({ ...ctx, actorId: user.id }, () => fn(ctx));
  };
}

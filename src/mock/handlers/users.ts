import { http } from 'msw';
import { authed, type Ctx } from '../context';
import { byUsername, type Db, type UserRow } from '../db';
import { badRequest, json, notFound, paginate, pagination, type Page } from '../responses';
import { parseQuery, type KeyKind } from '../search';
import * as s from '../serialize';
import { api } from './api';

/** Keys of the users search grammar (`GET /api/v2/users?q=`), shared with member and group-member searches. */
export const USER_QUERY_KEYS: Record<string, KeyKind> = {
  name: 'string',
  status: ['active', 'dormant', 'suspended'],
  role: 'list',
  login_type: ['password', 'github', 'oidc', 'token', 'none'],
  service_account: 'bool',
  last_seen_before: 'time',
  last_seen_after: 'time',
  created_before: 'time',
  created_after: 'time',
  github_com_user_id: 'int',
};

/** Filters users by a Coder users query; returns a 400 Response when the query is invalid. */
export function filterUsers(
  db: Db,
  users: readonly UserRow[],
  q: string,
  invalidMessage: string,
): UserRow[] | Response {
  const { query, errors } = parseQuery(q, USER_QUERY_KEYS);
  if (errors.length) return badRequest(invalidMessage, undefined, errors);
  const statuses = query.list('status');
  const roles = query.list('role');
  const loginTypes = query.list('login_type');
  const sa = query.bool('service_account');
  const name = query.string('name');
  const [seenBefore, seenAfter] = [query.time('last_seen_before'), query.time('last_seen_after')];
  const [createdBefore, createdAfter] = [query.time('created_before'), query.time('created_after')];
  const gh = query.int('github_com_user_id');
  const now = Date.now();
  return users.filter((u) => {
    if (
      query.text &&
      !u.username.toLowerCase().includes(query.text) &&
      !u.email.toLowerCase().includes(query.text)
    )
      return false;
    if (name && !u.name.toLowerCase().includes(name)) return false;
    if (statuses.length && !statuses.includes(db.userStatus(u, now))) return false;
    if (roles.length && !roles.includes('member') && !roles.some((r) => u.roles.includes(r))) return false;
    if (loginTypes.length && !loginTypes.includes(u.login_type)) return false;
    if (sa !== undefined && u.is_service_account !== sa) return false;
    const seen = u.last_seen_at ? Date.parse(u.last_seen_at) : 0;
    if (seenBefore !== undefined && seen > seenBefore) return false;
    if (seenAfter !== undefined && seen < seenAfter) return false;
    const created = Date.parse(u.created_at);
    if (createdBefore !== undefined && created > createdBefore) return false;
    if (createdAfter !== undefined && created < createdAfter) return false;
    if (gh !== undefined && u.github_com_user_id !== gh) return false;
    return true;
  });
}

export { byUsername };

/** Rows after Coder's `after_id` cursor (in username order); an unknown cursor matches nothing, as in SQL. */
export function afterCursor(ctx: Ctx, rows: UserRow[], page: Page): UserRow[] {
  if (!page.afterId) return rows;
  const after = ctx.db.user(page.afterId);
  return after ? rows.filter((u) => byUsername(u, after) > 0) : [];
}

/** Resolves `{user}`: `me`, a uuid or a username. */
export function resolveUser(ctx: Ctx, ref: string | undefined): UserRow | undefined {
  if (!ref) return undefined;
  if (ref === 'me') return ctx.actor.user;
  return ctx.db.user(ref) ?? ctx.db.userByUsername(ref);
}

/** The user, if the caller may read it (Coder answers 404 either way). */
export function readableUser(ctx: Ctx, ref: string | undefined): UserRow | undefined {
  const u = resolveUser(ctx, ref);
  if (!u) return undefined;
  return ctx.can({ object: { resource_type: 'user', resource_id: u.id, owner_id: u.id }, action: 'read' })
    ? u
    : undefined;
}

export const userReadHandlers = [
  http.get(
    api('/users'),
    authed((ctx) => {
      const page = pagination(ctx.url);
      if (page instanceof Response) return page;
      // Site-wide readers see everyone: one check instead of one per user.
      const readsAll = ctx.can({ object: { resource_type: 'user' }, action: 'read' });
      const visible = ctx.db
        .liveUsersByUsername()
        .filter(
          (u) =>
            readsAll ||
            ctx.can({ object: { resource_type: 'user', resource_id: u.id, owner_id: u.id }, action: 'read' }),
        );
      const matched = filterUsers(
        ctx.db,
        visible,
        ctx.url.searchParams.get('q') ?? '',
        'Invalid user search query.',
      );
      if (matched instanceof Response) return matched;
      const pageRows = paginate(afterCursor(ctx, matched, page), page);
      return json({
        users: pageRows.map((u) => s.user(ctx.db, u)),
        count: pageRows.length ? matched.length : 0,
      });
    }),
  ),
];

export const userDetailHandlers = [
  http.get(
    api('/users/:user'),
    authed((ctx) => {
      const u = readableUser(ctx, ctx.params.user);
      return u ? json(s.user(ctx.db, u)) : notFound();
    }),
  ),
  http.get(
    api('/users/:user/organizations'),
    authed((ctx) => {
      const u = readableUser(ctx, ctx.params.user);
      if (!u) return notFound();
      const orgs = ctx.db
        .membershipsOf(u.id)
        .map((m) => ctx.db.org(m.organization_id))
        .filter((o) => o !== undefined);
      return json(orgs.map(s.organization));
    }),
  ),
];

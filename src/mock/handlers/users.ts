import { http } from 'msw';
import { authed, type Ctx } from '../context';
import { byUsername, type Db, type UserRow } from '../db';
import { badRequest, json, notFound, paginate, pagination, type Page } from '../responses';
import { parseQuery, type KeyKind } from '../search';
import * as s from '../serialize';
import { GO_ZERO_MS, parseTime } from '../time';
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
  // Only the filters asked for run (10,000 users at the large seed); none → the list as it is.
  const preds: ((u: UserRow) => boolean)[] = [];
  const text = query.text;
  if (text)
    preds.push((u) => u.username.toLowerCase().includes(text) || u.email.toLowerCase().includes(text));
  if (name) preds.push((u) => u.name.toLowerCase().includes(name));
  if (statuses.length) preds.push((u) => statuses.includes(db.userStatus(u, now)));
  if (roles.length && !roles.includes('member')) preds.push((u) => roles.some((r) => u.roles.includes(r)));
  if (loginTypes.length) preds.push((u) => loginTypes.includes(u.login_type));
  if (sa !== undefined) preds.push((u) => u.is_service_account === sa);
  // Never seen is Go's zero time in Coder's column: before any date a filter can name.
  const seen = (u: UserRow) => (u.last_seen_at ? parseTime(u.last_seen_at) : GO_ZERO_MS);
  if (seenBefore !== undefined) preds.push((u) => seen(u) <= seenBefore);
  if (seenAfter !== undefined) preds.push((u) => seen(u) >= seenAfter);
  if (createdBefore !== undefined) preds.push((u) => parseTime(u.created_at) <= createdBefore);
  if (createdAfter !== undefined) preds.push((u) => parseTime(u.created_at) >= createdAfter);
  if (gh !== undefined) preds.push((u) => u.github_com_user_id === gh);
  if (!preds.length) return users as UserRow[];
  return users.filter((u) => preds.every((p) => p(u)));
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
      // Site-wide readers see everyone: one check instead of one per user. Without it, RBAC can grant a
      // user's read only at the owner level (user checks carry no organization), so only oneself remains.
      const readsAll = ctx.can({ object: { resource_type: 'user' }, action: 'read' });
      const self = ctx.actor.user;
      const visible = readsAll
        ? ctx.db.liveUsersByUsername()
        : ctx.can({
              object: { resource_type: 'user', resource_id: self.id, owner_id: self.id },
              action: 'read',
            })
          ? [self]
          : [];
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

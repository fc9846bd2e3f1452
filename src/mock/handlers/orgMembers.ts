/** Organization members: legacy list, paginated list, get/add/remove, role assignment. */
import { http } from 'msw';
import { readBody } from '../body';
import { authed, type Ctx } from '../context';
import type { MemberRow, OrganizationRow, UserRow } from '../db';
import { canAssignRole, orgRoleDefs } from '../rbac';
import { badRequest, forbidden, json, noContent, notFound, paginate, pagination } from '../responses';
import { bodies } from '../requests';
import { parseQuery } from '../search';
import * as s from '../serialize';
import { api } from './api';
import { readableOrg } from './organizations';
import { afterCursor, filterUsers, resolveUser } from './users';

const memberCheck = (o: OrganizationRow, action: string) => ({
  object: { resource_type: 'organization_member', organization_id: o.id },
  action,
});

type MemberAndUser = { m: MemberRow; u: UserRow };

/** Org members the caller may read, with their user rows, ordered by username (computed once per change). */
function readableMembers(ctx: Ctx, o: OrganizationRow): { rows: MemberAndUser[]; users: UserRow[] } {
  if (!ctx.can(memberCheck(o, 'read'))) return { rows: [], users: [] };
  return ctx.db.memo(`members:${o.id}`, () => {
    // Walking the users in list order keeps them sorted without a sort.
    const byUser = new Map(ctx.db.membersOf(o.id).map((m) => [m.user_id, m]));
    const rows = ctx.db.liveUsersByUsername().flatMap((u) => {
      const m = byUser.get(u.id);
      return m ? [{ m, u }] : [];
    });
    return { rows, users: rows.map((r) => r.u) };
  });
}

/** `{organization}` + `{user}` resolved; 404 when either is missing or hidden. */
function target(ctx: Ctx): { o: OrganizationRow; u: UserRow } | Response {
  const o = readableOrg(ctx, ctx.params.organization);
  if (!o) return notFound();
  const u = resolveUser(ctx, ctx.params.user);
  if (!u) return notFound();
  return { o, u };
}

export const orgMemberHandlers = [
  http.get(
    api('/organizations/:organization/members'),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      if (!o) return notFound();
      const { query, errors } = parseQuery(ctx.url.searchParams.get('q') ?? '', {
        user_id: 'string',
        github_user_id: 'int',
        include_system: 'bool',
      });
      if (errors.length) return badRequest('Invalid organization member search query.', undefined, errors);
      const userId = query.string('user_id');
      const gh = query.int('github_user_id');
      const rows = readableMembers(ctx, o).rows.filter(
        ({ u }) => (!userId || u.id === userId) && (gh === undefined || u.github_com_user_id === gh),
      );
      return json(rows.map(({ m, u }) => s.memberWithUserData(ctx.db, m, u)));
    }),
  ),
  http.get(
    api('/organizations/:organization/paginated-members'),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      if (!o) return notFound();
      const page = pagination(ctx.url);
      if (page instanceof Response) return page;
      const all = readableMembers(ctx, o);
      const q = ctx.url.searchParams.get('q') ?? '';
      const users = filterUsers(ctx.db, all.users, q, 'Invalid user search query.');
      if (users instanceof Response) return users;
      // Only the page's members are looked up (a Map per request would walk every member).
      const pageUsers = new Set(paginate(afterCursor(ctx, users, page), page));
      const pageRows = all.rows.filter((r) => pageUsers.has(r.u));
      const total = users.length;
      return json({
        members: pageRows.map(({ m, u }) => s.memberWithUserData(ctx.db, m, u)),
        count: pageRows.length ? total : 0,
      });
    }),
  ),
  http.get(
    api('/organizations/:organization/members/:user'),
    authed((ctx) => {
      const t = target(ctx);
      if (t instanceof Response) return t;
      const m = ctx.db.membership(t.o.id, t.u.id);
      if (!m || !ctx.can(memberCheck(t.o, 'read'))) return notFound();
      return json(s.memberWithUserData(ctx.db, m, t.u));
    }),
  ),
  http.post(
    api('/organizations/:organization/members/:user'),
    authed((ctx) => {
      const t = target(ctx);
      if (t instanceof Response) return t;
      if (!ctx.can(memberCheck(t.o, 'create'))) return forbidden();
      if (ctx.db.membership(t.o.id, t.u.id)) return badRequest('User is already an organization member');
      const now = new Date().toISOString();
      const m: MemberRow = {
        organization_id: t.o.id,
        user_id: t.u.id,
        roles: [],
        created_at: now,
        updated_at: now,
      };
      ctx.db.data.members.push(m);
      ctx.db.changed();
      return json(s.member(ctx.db, m));
    }),
  ),
  http.delete(
    api('/organizations/:organization/members/:user'),
    authed((ctx) => {
      const t = target(ctx);
      if (t instanceof Response) return t;
      if (!ctx.can(memberCheck(t.o, 'delete'))) return forbidden();
      if (t.u.id === ctx.actor.user.id) return badRequest('cannot remove self from an organization');
      const m = ctx.db.membership(t.o.id, t.u.id);
      if (!m) return notFound();
      const d = ctx.db.data;
      d.members = d.members.filter((x) => x !== m);
      for (const g of d.groups)
        if (g.organization_id === t.o.id) g.member_ids = g.member_ids.filter((id) => id !== t.u.id);
      ctx.db.changed();
      return noContent();
    }),
  ),
  http.put(
    api('/organizations/:organization/members/:user/roles'),
    authed(async (ctx) => {
      const t = target(ctx);
      if (t instanceof Response) return t;
      const m = ctx.db.membership(t.o.id, t.u.id);
      if (!m) return notFound();
      const body = await readBody(ctx.request, bodies.roles);
      if (body instanceof Response) return body;
      if (t.u.id === ctx.actor.user.id) return badRequest('You cannot change your own organization roles.');
      const roles = [...new Set(body.roles ?? [])];
      const o = t.o;
      for (const r of roles) {
        const known =
          r in orgRoleDefs || ctx.db.data.customRoles.some((c) => c.organization_id === o.id && c.name === r);
        if (!known || r === 'organization-member' || r === 'organization-service-account')
          return badRequest('Invalid role name.', `role "${r}" does not exist in this organization`);
      }
      const changed = [
        ...roles.filter((r) => !m.roles.includes(r)),
        ...m.roles.filter((r) => !roles.includes(r)),
      ];
      if (!ctx.can({ object: { resource_type: 'assign_org_role', organization_id: o.id }, action: 'assign' }))
        return forbidden();
      if (changed.some((r) => !canAssignRole(ctx.db, ctx.actor, r, o.id))) return forbidden();
      m.roles = roles;
      m.updated_at = new Date().toISOString();
      ctx.db.changed();
      return json(s.member(ctx.db, m));
    }),
  ),
];

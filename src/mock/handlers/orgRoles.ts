/** Organization roles: the assignable list, and custom roles (Premium `custom_roles`). */
import { http } from 'msw';
import { isValidOrgPermission } from '../../api/rbacResources';
import { readBody } from '../body';
import { authed, type Ctx } from '../context';
import type { CustomRoleRow, OrganizationRow } from '../db';
import { canAssignRole, orgRoleDefs, siteRoles, type RoleDef } from '../rbac';
import { badRequest, forbidden, json, message, noContent, notFound, premiumRequired } from '../responses';
import { bodies } from '../requests';
import { api } from './api';
import { displayNameValid, nameValid } from './names';
import { readableOrg } from './organizations';

const roleCheck = (o: OrganizationRow, action: string) => ({
  object: { resource_type: 'assign_org_role', organization_id: o.id },
  action,
});

function assignableRole(ctx: Ctx, o: OrganizationRow, r: RoleDef) {
  return {
    name: r.name,
    display_name: r.display_name,
    organization_id: o.id,
    site_permissions: r.site,
    organization_permissions: r.org,
    user_permissions: r.user,
    organization_member_permissions: r.orgMember,
    assignable: canAssignRole(ctx.db, ctx.actor, r.name, o.id),
    built_in: r.builtIn,
  };
}

const roleJson = (c: CustomRoleRow) => ({
  name: c.name,
  display_name: c.display_name,
  organization_id: c.organization_id,
  site_permissions: [],
  organization_permissions: c.organization_permissions,
  user_permissions: [],
  organization_member_permissions: [],
});

type RoleBody = typeof bodies.customRole.schema._zod.output;

/** Premium gate, then 404 when the org is hidden, then 403 without `action` on org roles. */
function guard(ctx: Ctx, action: string): OrganizationRow | Response {
  if (!ctx.db.data.deployment.premium) return premiumRequired('Custom Roles');
  const o = readableOrg(ctx, ctx.params.organization);
  if (!o) return notFound();
  return ctx.can(roleCheck(o, action)) ? o : forbidden();
}

/** Validates a custom role body; returns the cleaned row fields or a 400. */
function parseRole(body: RoleBody, o: OrganizationRow): CustomRoleRow | Response {
  if (!nameValid(body.name))
    return badRequest('Invalid role name', `"${String(body.name ?? '')}" is not a valid role name.`);
  const name = body.name as string;
  if (name in orgRoleDefs || name in siteRoles)
    return badRequest('Reserved role name', `"${name}" is a built-in role.`);
  if (body.display_name && !displayNameValid(body.display_name))
    return badRequest('Validation failed.', undefined, [
      {
        field: 'display_name',
        detail: `Validation failed for tag "display_name" with value: "${String(body.display_name)}"`,
      },
    ]);
  for (const key of ['site_permissions', 'user_permissions', 'organization_member_permissions'] as const) {
    if (body[key]?.length)
      return badRequest(
        `organization scoped roles may not contain ${key.replace('_permissions', '')} permissions`,
      );
  }
  const perms = (body.organization_permissions ?? []).filter((p) =>
    isValidOrgPermission(p.resource_type, p.action),
  );
  return {
    name,
    display_name: typeof body.display_name === 'string' ? body.display_name : '',
    organization_id: o.id,
    organization_permissions: perms.map((p) => ({
      negate: Boolean(p.negate),
      resource_type: p.resource_type,
      action: p.action,
    })),
  };
}

export const orgRoleHandlers = [
  http.get(
    api('/organizations/:organization/members/roles'),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      if (!o || !ctx.can(roleCheck(o, 'read'))) return notFound();
      const builtIn = Object.values(orgRoleDefs).filter((r) => r.display_name);
      const custom = ctx.db.data.customRoles
        .filter((c) => c.organization_id === o.id)
        .map((c) => ({
          name: c.name,
          display_name: c.display_name,
          site: [],
          org: c.organization_permissions,
          user: [],
          orgMember: [],
          builtIn: false,
        }));
      return json([...builtIn, ...custom].map((r) => assignableRole(ctx, o, r)));
    }),
  ),
  http.post(
    api('/organizations/:organization/members/roles'),
    authed(async (ctx) => {
      const o = guard(ctx, 'create');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, bodies.customRole);
      if (body instanceof Response) return body;
      const row = parseRole(body, o);
      if (row instanceof Response) return row;
      if (ctx.db.data.customRoles.some((c) => c.organization_id === o.id && c.name === row.name))
        return message(409, `A role named "${row.name}" already exists.`, undefined, [
          { field: 'name', detail: 'This value is already in use and should be unique.' },
        ]);
      ctx.db.data.customRoles.push(row);
      ctx.db.changed();
      return json(roleJson(row));
    }),
  ),
  http.put(
    api('/organizations/:organization/members/roles'),
    authed(async (ctx) => {
      const o = guard(ctx, 'update');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, bodies.customRole);
      if (body instanceof Response) return body;
      const row = parseRole(body, o);
      if (row instanceof Response) return row;
      const existing = ctx.db.data.customRoles.find((c) => c.organization_id === o.id && c.name === row.name);
      if (!existing) return notFound(`No custom role with the name ${row.name} found`);
      Object.assign(existing, row);
      ctx.db.changed();
      return json(roleJson(existing));
    }),
  ),
  http.delete(
    api('/organizations/:organization/members/roles/:roleName'),
    authed((ctx) => {
      const o = guard(ctx, 'delete');
      if (o instanceof Response) return o;
      const name = ctx.params.roleName ?? '';
      const d = ctx.db.data;
      if (!d.customRoles.some((c) => c.organization_id === o.id && c.name === name))
        return notFound(`No custom role with the name ${name} found`);
      d.customRoles = d.customRoles.filter((c) => !(c.organization_id === o.id && c.name === name));
      for (const m of d.members) if (m.organization_id === o.id) m.roles = m.roles.filter((r) => r !== name);
      ctx.db.changed();
      return noContent();
    }),
  ),
];

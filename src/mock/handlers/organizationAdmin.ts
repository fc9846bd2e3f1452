/** Organizations (issue 5): create, update, delete; plus the member and org-role routes. */
import { http, type HttpHandler } from 'msw';
import { readBody } from '../body';
import { authed, type Ctx } from '../context';
import type { OrganizationRow } from '../db';
import {
  badRequest,
  forbidden,
  json,
  message,
  notFound,
  premiumRequired,
  validationFailed,
  type Validation,
} from '../responses';
import { orgRoleDefs } from '../rbac';
import { bodies } from '../requests';
import * as s from '../serialize';
import { api } from './api';
import { ENABLED_EXPERIMENTS } from './deployment';
import { TEXT_LIMITS, textProblem, validateNames } from './names';
import { orgMemberHandlers } from './orgMembers';
import { orgRoleHandlers } from './orgRoles';
import { readableOrg } from './organizations';

const DEFAULT_MEMBER_ROLES = ['organization-workspace-access'];
const NAME_OPTS = { nameTag: 'organization_name', displayNameTag: 'organization_display_name' };

/** Name, display name, and the capped free-text fields. */
function orgProblems(
  body: {
    name?: string | null;
    display_name?: string | null;
    description?: string | null;
    icon?: string | null;
  },
  nameRequired: boolean,
): Validation[] {
  return [
    ...validateNames(body, { ...NAME_OPTS, nameRequired }),
    ...textProblem('description', body.description, TEXT_LIMITS.description),
    ...textProblem('icon', body.icon, TEXT_LIMITS.url),
  ];
}

const reservedName = () =>
  badRequest('Organization name "default" is reserved.', undefined, [
    { field: 'name', detail: 'The name "default" is reserved.' },
  ]);

/** Coder refuses changing `default_org_member_roles` without its experiment, and custom roles in it. */
function memberRolesProblem(roles: string[] | null | undefined): Response | undefined {
  if (!roles) return undefined;
  const isDefault =
    roles.length === DEFAULT_MEMBER_ROLES.length && roles.every((r, i) => r === DEFAULT_MEMBER_ROLES[i]);
  if (!isDefault && !ENABLED_EXPERIMENTS.includes('minimum-implicit-member'))
    return message(
      403,
      'Changing default organization roles is not enabled on this deployment.',
      `Setting default_org_member_roles to anything other than [${DEFAULT_MEMBER_ROLES.join(' ')}] requires the "minimum-implicit-member" experiment.`,
    );
  const unknown = roles.find((r) => !(r in orgRoleDefs));
  if (unknown !== undefined)
    return badRequest(
      'Invalid default_org_member_roles entry.',
      `"${unknown}" is not a built-in role; default_org_member_roles currently accepts built-in role names only.`,
      [{ field: 'default_org_member_roles', detail: `"${unknown}" is not a built-in role.` }],
    );
  return undefined;
}

const orgCheck = (o: OrganizationRow, action: string) => ({
  object: { resource_type: 'organization', organization_id: o.id },
  action,
});

/** Premium gate, then 404 when unreadable, then 403 without `action`. */
function guardOrg(ctx: Ctx, action: string): OrganizationRow | Response {
  if (!ctx.db.data.deployment.premium) return premiumRequired('Multiple Organizations');
  const o = readableOrg(ctx, ctx.params.organization);
  if (!o) return notFound();
  return ctx.can(orgCheck(o, action)) ? o : forbidden();
}

/** Everything that keeps an organization from being deleted (Coder lists them in `detail`). */
function leftovers(ctx: Ctx, o: OrganizationRow): string[] {
  const { db } = ctx;
  const count = (n: number, what: string) => (n ? [`${n} ${what}`] : []);
  return [
    ...count(db.liveWorkspaces().filter((w) => w.organization_id === o.id).length, 'workspaces'),
    ...count(db.data.templates.filter((t) => t.organization_id === o.id).length, 'templates'),
    ...count(db.membersOf(o.id).filter((m) => m.user_id !== ctx.actor.user.id).length, 'members'),
    ...count(db.data.groups.filter((g) => g.organization_id === o.id && g.id !== o.id).length, 'groups'),
  ];
}

const organizationHandlers = [
  http.post(
    api('/organizations'),
    authed(async (ctx) => {
      if (!ctx.db.data.deployment.premium) return premiumRequired('Multiple Organizations');
      if (!ctx.can({ object: { resource_type: 'organization' }, action: 'create' })) return forbidden();
      const body = await readBody(ctx.request, bodies.createOrg);
      if (body instanceof Response) return body;
      const invalid = orgProblems(body, true);
      if (invalid.length) return validationFailed(invalid);
      const name = String(body.name);
      if (name.toLowerCase() === 'default') return reservedName();
      if (ctx.db.org(name)) return message(409, 'Organization already exists with that name.');
      const now = new Date().toISOString();
      const o: OrganizationRow = {
        id: crypto.randomUUID(),
        name,
        display_name: body.display_name || name,
        description: body.description ?? '',
        icon: body.icon ?? '',
        is_default: false,
        created_at: now,
        updated_at: now,
        default_org_member_roles: ['organization-workspace-access'],
        shareable_workspace_owners: 'everyone',
      };
      ctx.db.data.organizations.push(o);
      ctx.db.data.members.push({
        organization_id: o.id,
        user_id: ctx.actor.user.id,
        roles: [],
        created_at: now,
        updated_at: now,
      });
      ctx.db.data.groups.push({
        id: o.id,
        organization_id: o.id,
        name: 'Everyone',
        display_name: '',
        avatar_url: '',
        quota_allowance: 0,
        source: 'user',
        member_ids: [],
      });
      ctx.db.changed();
      return json(s.organization(o), 201);
    }),
  ),
  http.patch(
    api('/organizations/:organization'),
    authed(async (ctx) => {
      const o = guardOrg(ctx, 'update');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, bodies.updateOrg);
      if (body instanceof Response) return body;
      const invalid = orgProblems(body, false);
      if (invalid.length) return validationFailed(invalid);
      if (body.name?.toLowerCase() === 'default') return reservedName();
      const refused = memberRolesProblem(body.default_org_member_roles);
      if (refused) return refused;
      if (body.name && body.name !== o.name) {
        const clash = ctx.db.org(body.name);
        if (clash && clash.id !== o.id) {
          return message(409, 'Organization already exists with that name.', undefined, [
            { field: 'name', detail: 'This value is already in use and should be unique.' },
          ]);
        }
        o.name = body.name;
      }
      if (body.display_name) o.display_name = body.display_name;
      if (typeof body.description === 'string') o.description = body.description;
      if (typeof body.icon === 'string') o.icon = body.icon;
      if (body.default_org_member_roles) o.default_org_member_roles = body.default_org_member_roles;
      o.updated_at = new Date().toISOString();
      ctx.db.changed();
      return json(s.organization(o));
    }),
  ),
  http.delete(
    api('/organizations/:organization'),
    authed((ctx) => {
      const o = guardOrg(ctx, 'delete');
      if (o instanceof Response) return o;
      if (o.is_default) return badRequest('Default organization cannot be deleted.');
      const left = leftovers(ctx, o);
      if (left.length) {
        return message(
          500,
          'Error deleting organization.',
          `This organization has ${left.join(', ')} that must be deleted first.`,
        );
      }
      const d = ctx.db.data;
      d.organizations = d.organizations.filter((x) => x.id !== o.id);
      d.members = d.members.filter((m) => m.organization_id !== o.id);
      d.groups = d.groups.filter((g) => g.organization_id !== o.id);
      d.customRoles = d.customRoles.filter((r) => r.organization_id !== o.id);
      ctx.db.changed();
      return json({ message: 'Organization has been deleted.' });
    }),
  ),
];

/** Role routes first: `/members/roles` must win over `/members/:user`. */
export const organizationAdminHandlers: HttpHandler[] = [
  ...orgRoleHandlers,
  ...orgMemberHandlers,
  ...organizationHandlers,
];

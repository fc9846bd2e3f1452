/**
 * The mock's one permission model (Coder's RBAC, simplified but faithful where the dashboard can tell):
 * roles hold permissions at site, org and owner ("user"/"org member") level; a check walks
 * site → org → owner → workspace ACL, where a negative permission at a level denies and a positive one allows.
 * Handlers and `POST /api/v2/authcheck` both ask `can()`.
 */
import type { AclRole, Db, Permission, UserRow, WorkspaceRow } from './db';

export type RoleDef = {
  name: string;
  display_name: string;
  site: Permission[];
  org: Permission[];
  /** Applies to objects the actor owns (site roles). */
  user: Permission[];
  /** Applies to objects the actor owns inside the role's org (org roles). */
  orgMember: Permission[];
  builtIn: boolean;
};

const p = (resource_type: string, ...actions: string[]): Permission[] =>
  actions.map((action) => ({ negate: false, resource_type, action }));
const deny = (resource_type: string, ...actions: string[]): Permission[] =>
  actions.map((action) => ({ negate: true, resource_type, action }));

const WORKSPACE_ALL = [
  'application_connect',
  'create',
  'create_agent',
  'delete',
  'delete_agent',
  'read',
  'share',
  'ssh',
  'start',
  'stop',
  'update',
  'update_agent',
];
export const ACL_ACTIONS: Record<AclRole, readonly string[]> = {
  use: ['read', 'ssh', 'application_connect', 'start', 'stop'],
  admin: WORKSPACE_ALL.filter((a) => a !== 'delete'),
};

const role = (r: Partial<RoleDef> & Pick<RoleDef, 'name' | 'display_name'>): RoleDef => ({
  site: [],
  org: [],
  user: [],
  orgMember: [],
  builtIn: true,
  ...r,
});

export const siteRoles: Record<string, RoleDef> = {
  owner: role({ name: 'owner', display_name: 'Owner', site: p('*', '*') }),
  member: role({
    name: 'member',
    display_name: 'Member',
    site: p('assign_role', 'read'),
    user: [...p('user', 'read', 'read_personal', 'update_personal'), ...p('api_key', '*')],
  }),
  auditor: role({
    name: 'auditor',
    display_name: 'Auditor',
    site: [
      ...p('audit_log', 'read'),
      ...p('connection_log', 'read'),
      ...p('user', 'read'),
      ...p('group', 'read'),
      ...p('group_member', 'read'),
      ...p('organization', 'read'),
      ...p('organization_member', 'read'),
      ...p('template', 'read'),
      ...p('assign_role', 'read'),
      ...p('assign_org_role', 'read'),
    ],
  }),
  'user-admin': role({
    name: 'user-admin',
    display_name: 'User Admin',
    site: [
      ...p('user', '*'),
      ...p('group', '*'),
      ...p('group_member', '*'),
      ...p('organization_member', '*'),
      ...p('organization', 'read'),
      ...p('assign_role', 'assign', 'unassign', 'read'),
      ...p('assign_org_role', 'assign', 'unassign', 'read'),
      ...p('idpsync_settings', '*'),
    ],
  }),
  'template-admin': role({
    name: 'template-admin',
    display_name: 'Template Admin',
    site: [
      ...p('template', '*'),
      ...p('file', '*'),
      ...p('provisioner_daemon', '*'),
      ...p('provisioner_jobs', 'read'),
      ...p('workspace', 'read'),
      ...p('user', 'read'),
      ...p('group', 'read'),
      ...p('group_member', 'read'),
      ...p('organization', 'read'),
      ...p('organization_member', 'read'),
      ...p('assign_role', 'read'),
      ...p('assign_org_role', 'read'),
    ],
  }),
};

export const orgRoleDefs: Record<string, RoleDef> = {
  'organization-member': role({
    name: 'organization-member',
    display_name: '',
    org: [...p('organization', 'read'), ...p('assign_org_role', 'read'), ...p('template', 'read', 'use')],
  }),
  // Coder gives both site-wide user:read "to know they exist" when adding members: the users list and the
  // `user read` authcheck then agree.
  'organization-admin': role({
    name: 'organization-admin',
    display_name: 'Organization Admin',
    site: p('user', 'read'),
    org: p('*', '*'),
  }),
  'organization-user-admin': role({
    name: 'organization-user-admin',
    display_name: 'Organization User Admin',
    site: p('user', 'read'),
    org: [
      ...p('organization', 'read'),
      ...p('organization_member', '*'),
      ...p('group', '*'),
      ...p('group_member', '*'),
      ...p('assign_org_role', 'assign', 'unassign', 'read'),
      ...p('idpsync_settings', '*'),
    ],
  }),
  'organization-template-admin': role({
    name: 'organization-template-admin',
    display_name: 'Organization Template Admin',
    org: [
      ...p('template', '*'),
      ...p('provisioner_daemon', '*'),
      ...p('provisioner_jobs', 'read'),
      ...p('workspace', 'read'),
      ...p('group', 'read'),
      ...p('group_member', 'read'),
      ...p('organization_member', 'read'),
      ...p('organization', 'read'),
      ...p('assign_org_role', 'read'),
    ],
  }),
  'organization-auditor': role({
    name: 'organization-auditor',
    display_name: 'Organization Auditor',
    org: [
      ...p('audit_log', 'read'),
      ...p('template', 'read'),
      ...p('group', 'read'),
      ...p('group_member', 'read'),
      ...p('organization_member', 'read'),
      ...p('organization', 'read'),
      ...p('assign_org_role', 'read'),
    ],
  }),
  'organization-workspace-creation-ban': role({
    name: 'organization-workspace-creation-ban',
    display_name: 'Organization Workspace Creation Ban',
    orgMember: deny('workspace', 'create', 'delete'),
  }),
  'organization-workspace-access': role({
    name: 'organization-workspace-access',
    display_name: 'Organization Workspace Access',
    orgMember: p('workspace', ...WORKSPACE_ALL),
  }),
  'organization-service-account': role({ name: 'organization-service-account', display_name: '' }),
};

/** Which roles a holder of a role may assign (Coder keeps this as a fixed table too). */
const assignableBy: Record<string, 'all' | 'all-org' | readonly string[]> = {
  owner: 'all',
  'user-admin': ['member', 'organization-member', 'organization-workspace-access'],
  'organization-admin': 'all-org',
  'organization-user-admin': ['organization-member', 'organization-workspace-access'],
};

export type Actor = {
  user: UserRow;
  siteRoles: RoleDef[];
  /** Effective org roles per org the actor belongs to (implicit + default + explicit + custom). */
  orgRoles: Map<string, RoleDef[]>;
  orgRoleNames: Map<string, string[]>;
  groupIds: Set<string>;
};

export function customRoleDef(db: Db, orgId: string, name: string): RoleDef | undefined {
  const c = db.data.customRoles.find((r) => r.organization_id === orgId && r.name === name);
  return (
    c && role({ name: c.name, display_name: c.display_name, org: c.organization_permissions, builtIn: false })
  );
}

export function actorFor(db: Db, user: UserRow): Actor {
  const siteRoleList = ['member', ...user.roles]
    .map((r) => siteRoles[r])
    .filter((r): r is RoleDef => Boolean(r));
  const orgRoles = new Map<string, RoleDef[]>();
  const orgRoleNames = new Map<string, string[]>();
  for (const m of db.membershipsOf(user.id)) {
    const org = db.org(m.organization_id);
    if (!org) continue;
    const names = ['organization-member', ...org.default_org_member_roles, ...m.roles];
    if (user.is_service_account) names.push('organization-service-account');
    orgRoleNames.set(org.id, [...new Set(names)]);
    orgRoles.set(
      org.id,
      names
        .map((n) => orgRoleDefs[n] ?? customRoleDef(db, org.id, n))
        .filter((r): r is RoleDef => Boolean(r)),
    );
  }
  // Org roles may carry site-wide permissions (Coder's org admins read every user).
  const withSitePerms = [...orgRoles.values()].flat().filter((r) => r.site.length);
  return {
    user,
    siteRoles: [...siteRoleList, ...new Set(withSitePerms)],
    orgRoles,
    orgRoleNames,
    groupIds: new Set(db.groupsOfUser(user.id).map((g) => g.id)),
  };
}

export type AuthObject = {
  resource_type: string;
  owner_id?: string;
  organization_id?: string;
  resource_id?: string;
  any_org?: boolean;
};
export type Check = { object: AuthObject; action: string };

const matches = (perm: Permission, rt: string, action: string) =>
  (perm.resource_type === '*' || perm.resource_type === rt) &&
  (perm.action === '*' || perm.action === action);

/** undefined = no opinion at this level. */
function decide(perms: Permission[], rt: string, action: string): boolean | undefined {
  let allowed: boolean | undefined;
  for (const perm of perms) {
    if (!matches(perm, rt, action)) continue;
    if (perm.negate) return false;
    allowed = true;
  }
  return allowed;
}

/** Org-level extras that depend on the org's workspace-sharing mode. */
function orgModePerms(db: Db, orgId: string): Permission[] {
  const org = db.org(orgId);
  // Under `everyone`, members may read org members and groups (to pick sharees).
  return org?.shareable_workspace_owners === 'everyone'
    ? [...p('organization_member', 'read'), ...p('group', 'read')]
    : [];
}

function sharingBlocked(db: Db, orgId: string | undefined): boolean {
  if (db.data.deployment.disable_workspace_sharing) return true;
  const org = orgId ? db.org(orgId) : undefined;
  return org?.shareable_workspace_owners === 'none';
}

export function can(db: Db, actor: Actor, check: Check): boolean {
  const { object, action } = check;
  const rt = object.resource_type;
  let orgId = object.organization_id;
  let ownerId = object.owner_id === 'me' ? actor.user.id : object.owner_id;
  let ws: WorkspaceRow | undefined;
  if (object.resource_id && rt === 'workspace') {
    ws = db.workspace(object.resource_id);
    if (!ws) return false;
    orgId = ws.organization_id;
    ownerId = ws.owner_id;
  }
  if ((rt === 'workspace' || rt === 'workspace_dormant') && action === 'share') {
    if (sharingBlocked(db, orgId)) return false;
    if (ws && db.org(ws.organization_id)?.shareable_workspace_owners === 'service_accounts') {
      const owner = db.user(ws.owner_id);
      if (!owner?.is_service_account) {
        // Only org admins and owners keep share on non-service-account workspaces (and those lose their ACLs).
        return decideSiteOrOrg(db, actor, rt, action, orgId, object.any_org) === true;
      }
    }
  }

  const siteOrOrg = decideSiteOrOrg(db, actor, rt, action, orgId, object.any_org);
  if (siteOrOrg !== undefined) return siteOrOrg;

  // Owner level: site roles' user perms, then the org roles' member perms.
  if (ownerId && ownerId === actor.user.id) {
    const userLevel = decide(
      actor.siteRoles.flatMap((r) => r.user),
      rt,
      action,
    );
    if (userLevel !== undefined) return userLevel;
    if (orgId) {
      const memberLevel = decide(
        (actor.orgRoles.get(orgId) ?? []).flatMap((r) => r.orgMember),
        rt,
        action,
      );
      if (memberLevel !== undefined) return memberLevel;
    }
  }
  // Users may read/update themselves.
  if (rt === 'user' && object.resource_id === actor.user.id) {
    return (
      decide(
        actor.siteRoles.flatMap((r) => r.user),
        rt,
        action,
      ) ?? false
    );
  }

  // Workspace ACL (sharing).
  if (ws && !sharingBlocked(db, ws.organization_id)) {
    const roles: AclRole[] = [];
    const direct = ws.user_acl[actor.user.id];
    if (direct) roles.push(direct);
    for (const [gid, r] of Object.entries(ws.group_acl)) if (actor.groupIds.has(gid)) roles.push(r);
    if (roles.some((r) => ACL_ACTIONS[r].includes(action))) return true;
  }
  return false;
}

function decideSiteOrOrg(
  db: Db,
  actor: Actor,
  rt: string,
  action: string,
  orgId: string | undefined,
  anyOrg: boolean | undefined,
): boolean | undefined {
  const site = decide(
    actor.siteRoles.flatMap((r) => r.site),
    rt,
    action,
  );
  if (site !== undefined) return site;
  const orgIds = anyOrg ? [...actor.orgRoles.keys()] : orgId ? [orgId] : [];
  for (const id of orgIds) {
    const roles = actor.orgRoles.get(id);
    if (!roles) continue;
    const org = decide([...roles.flatMap((r) => r.org), ...orgModePerms(db, id)], rt, action);
    if (org === true) return true;
    if (org === false && !anyOrg) return false;
  }
  return undefined;
}

/** Whether the actor may grant (or take away) this role. */
export function canAssignRole(db: Db, actor: Actor, roleName: string, orgId?: string): boolean {
  if (actor.user.roles.includes('owner')) return true;
  const holders: string[] = orgId
    ? [...actor.user.roles, ...(actor.orgRoleNames.get(orgId) ?? [])]
    : actor.user.roles;
  const isCustom = orgId
    ? db.data.customRoles.some((r) => r.organization_id === orgId && r.name === roleName)
    : false;
  for (const h of holders) {
    const rule = assignableBy[h];
    if (!rule) continue;
    if (rule === 'all') return true;
    if (rule === 'all-org' && orgId && (roleName in orgRoleDefs || isCustom)) return true;
    if (Array.isArray(rule) && rule.includes(roleName)) return true;
  }
  return false;
}

/**
 * The mock's auditor, in one place: every write the mock serves passes through `audited()` (called by the
 * `authed`/`open` wrappers in context.ts), which looks the route up in `ROUTES` below, takes the audited
 * resource's fields before the handler runs and after it answered, and appends a Coder-shaped entry:
 * who (the session's user), what (action, resource type/id/target, organization), the diff of the tracked
 * fields (Coder's `enterprise/audit/table.go`: secrets masked), status code, IP, user agent.
 *
 * As in Coder: an entry is written once the resource is known, also when the request then failed (with an
 * empty diff, e.g. a wrong password for a known user); a 404 (the resource is not there, or not visible)
 * and requests without a user are not audited; nothing is recorded while the deployment lacks the `audit_log` entitlement (Coder swaps in a
 * no-op auditor).
 */
import type {
  AuditDiffField,
  AuditLogRow,
  CustomRoleRow,
  Db,
  GroupRow,
  OrganizationRow,
  TemplateRow,
  UserRow,
  WorkspaceRow,
} from './db';
import { groupSyncOf, organizationSyncOf, roleSyncOf } from './idpSync';
import { ACL_ACTIONS } from './rbac';

/** Set by the node runtime from the socket (any incoming value is dropped there); absent elsewhere. */
export const REMOTE_ADDR_HEADER = 'x-mock-remote-addr';

/** An auditable resource as Coder's `audit.Auditable` structs describe it. */
type Resource = {
  type: string;
  id: string;
  target: string;
  orgId: string | null;
  icon?: string;
  /** The tracked fields only (ignored ones left out), as JSON values. */
  fields: Record<string, unknown>;
  secret?: readonly string[];
  additional?: Record<string, unknown>;
  /** The same resource before the change, when only the answer could name it (custom roles). */
  previous?: Resource;
};

export type AuditCtx = {
  request: Request;
  url: URL;
  params: Record<string, string>;
  db: Db;
  /** The signed-in user; undefined for sign-in. */
  actorId?: string;
};

type Route = {
  method: string;
  path: string;
  action: string | ((before: Resource | undefined, after: Resource | undefined, body: unknown) => string);
  /** The resource before the handler runs (undefined for a create). */
  before?: (c: AuditCtx, request: Request) => Resource | undefined | Promise<Resource | undefined>;
  /** …and after it answered (undefined for a delete); `body` is the JSON answer, if any. */
  after?: (c: AuditCtx, body: unknown, before: Resource | undefined) => Resource | undefined;
  /** The actor when the request carries no session (sign-in): the user it named. */
  actor?: (c: AuditCtx, before: Resource | undefined) => string | undefined;
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown) => (typeof v === 'string' ? v : '');

// ---- resources (tracked fields per Coder's audit table)

function userRef(c: AuditCtx, ref: string | undefined): UserRow | undefined {
  if (!ref) return undefined;
  if (ref === 'me') return c.actorId ? c.db.user(c.actorId) : undefined;
  return c.db.user(ref) ?? c.db.userByUsername(ref);
}

export function userResource(db: Db, u: UserRow): Resource {
  return {
    type: 'user',
    id: u.id,
    target: u.username,
    orgId: null,
    icon: u.avatar_url,
    fields: clone({
      id: u.id,
      email: u.email,
      username: u.username,
      name: u.name,
      hashed_password: u.hashed_password ?? '',
      status: u.deleted ? u.status : db.userStatus(u),
      rbac_roles: u.roles,
      login_type: u.login_type,
      deleted: u.deleted,
    }),
    secret: ['hashed_password'],
  };
}

const orgResource = (o: OrganizationRow): Resource => ({
  type: 'organization',
  id: o.id,
  target: o.name,
  orgId: o.id,
  icon: o.icon,
  fields: clone({
    name: o.name,
    display_name: o.display_name,
    description: o.description,
    icon: o.icon,
    is_default: o.is_default,
    updated_at: o.updated_at,
  }),
});

function memberResource(c: AuditCtx, orgRef: string | undefined, userRefStr: string | undefined) {
  const o = orgRef ? c.db.org(orgRef) : undefined;
  const u = userRef(c, userRefStr);
  const m = o && u ? c.db.membership(o.id, u.id) : undefined;
  if (!o || !u || !m) return undefined;
  return {
    type: 'organization_member',
    id: u.id,
    target: u.username,
    orgId: o.id,
    fields: clone({
      username: u.username,
      user_id: u.id,
      roles: m.roles,
      created_at: m.created_at,
      updated_at: m.updated_at,
    }),
  } satisfies Resource;
}

/** A stable uuid-shaped id for rows the mock keys by name (custom roles), from a 128-bit FNV-1a hash. */
export function nameId(seed: string): string {
  let h = 0x6c62272e07bb014262b821756295c58dn;
  for (const ch of new TextEncoder().encode(seed)) {
    h ^= BigInt(ch);
    h = (h * 0x0000000001000000000000000000013bn) & ((1n << 128n) - 1n);
  }
  const x = h.toString(16).padStart(32, '0');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-8${x.slice(17, 20)}-${x.slice(20)}`;
}

const roleResource = (r: CustomRoleRow): Resource => ({
  type: 'custom_role',
  id: nameId(`${r.organization_id}/${r.name}`),
  target: r.name,
  orgId: r.organization_id,
  fields: clone({
    name: r.name,
    display_name: r.display_name,
    site_permissions: [],
    org_permissions: r.organization_permissions,
    user_permissions: [],
  }),
});

/** Coder's audit table tracks a template's metadata and its deprecation message (`updated_at` ignored). */
const templateResource = (t: TemplateRow): Resource => ({
  type: 'template',
  id: t.id,
  target: t.name,
  orgId: t.organization_id,
  icon: t.icon,
  fields: clone({
    id: t.id,
    name: t.name,
    display_name: t.display_name,
    description: t.description,
    icon: t.icon,
    active_version_id: t.active_version_id,
    deprecated: t.deprecated,
  }),
});

const templateOf = (c: AuditCtx) => {
  const t = c.db.template(c.params.template ?? '');
  return t ? templateResource(t) : undefined;
};

const groupResource = (db: Db, g: GroupRow): Resource => ({
  type: 'group',
  id: g.id,
  target: g.name,
  orgId: g.organization_id,
  icon: g.avatar_url,
  fields: clone({
    id: g.id,
    name: g.name,
    display_name: g.display_name,
    avatar_url: g.avatar_url,
    quota_allowance: g.quota_allowance,
    members: db.isEveryone(g) ? [] : g.member_ids.map((user_id) => ({ user_id, group_id: g.id })),
  }),
});

/** Coder stores a workspace ACL as `{ "<id>": { "permissions": [...] } }`. */
const aclJson = (acl: Record<string, keyof typeof ACL_ACTIONS>) =>
  Object.fromEntries(Object.entries(acl).map(([id, role]) => [id, { permissions: [...ACL_ACTIONS[role]] }]));

const workspaceResource = (db: Db, w: WorkspaceRow): Resource => ({
  type: 'workspace',
  id: w.id,
  target: w.name,
  orgId: w.organization_id,
  icon: db.template(w.template_id)?.icon ?? '',
  fields: clone({
    id: w.id,
    name: w.name,
    owner_id: w.owner_id,
    template_id: w.template_id,
    autostart_schedule: w.autostart_schedule ?? '',
    ttl: w.ttl_ms ?? 0,
    dormant_at: w.dormant_at,
    user_acl: aclJson(w.user_acl),
    group_acl: aclJson(w.group_acl),
  }),
  additional: { workspace_owner: db.user(w.owner_id)?.username ?? '' },
});

const workspaceOf = (c: AuditCtx) => {
  const w = c.db.workspace(c.params.workspace ?? '');
  return w ? workspaceResource(c.db, w) : undefined;
};

function createdWorkspace(c: AuditCtx, body: unknown) {
  const w = c.db.workspace(str(obj(body).id));
  return w ? workspaceResource(c.db, w) : undefined;
}

function buildResource(c: AuditCtx, body: unknown): Resource | undefined {
  const b = obj(body);
  const w = c.db.data.workspaces.find((x) => x.id === str(b.workspace_id));
  const row = w?.builds.find((x) => x.id === str(b.id));
  if (!w || !row) return undefined;
  return {
    type: 'workspace_build',
    id: row.id,
    target: '',
    orgId: w.organization_id,
    fields: { template_version_id: row.template_version_id },
    additional: {
      workspace_name: w.name,
      build_number: String(row.build_number),
      build_reason: row.reason,
      workspace_owner: c.db.userEvenDeleted(w.owner_id)?.username ?? '',
      workspace_id: w.id,
    },
  };
}

/** API keys: the resource id is the key's user (Coder's `ResourceID(APIKey)`), the target its name. */
function tokenResource(c: AuditCtx, userId: string, keyId: string | undefined): Resource | undefined {
  const s = c.db.data.sessions.find((x) => x.user_id === userId && x.id === keyId && x.token_name);
  if (!s) return undefined;
  return {
    type: 'api_key',
    id: userId,
    target: s.token_name ?? '',
    orgId: null,
    fields: clone({ user_id: userId, created_at: s.created_at, expires_at: s.expires_at }),
  };
}

const keyUser = (c: AuditCtx) => userRef(c, c.params.user);

const userById = (c: AuditCtx, id: string) => {
  const u = c.db.userEvenDeleted(id);
  return u ? userResource(c.db, u) : undefined;
};

const userRoute = (method: string, path: string, action = 'write'): Route => ({
  method,
  path,
  action,
  before: (c) => {
    const u = userRef(c, c.params.user);
    return u ? userResource(c.db, u) : undefined;
  },
  after: (c, _body, before) => (before ? userById(c, before.id) : undefined),
});

const sessionUser = (c: AuditCtx) => (c.actorId ? c.db.user(c.actorId) : undefined);

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const IDP_SYNC_TARGETS = {
  group: 'Organization Group Sync',
  role: 'Organization Role Sync',
  organization: 'Organization Sync',
} as const;

/** Coder's `idpsync.{Group,Role,Organization}SyncSettings` audit resources: every field tracked. */
function idpSyncResource(c: AuditCtx, kind: keyof typeof IDP_SYNC_TARGETS): Resource | undefined {
  const o = kind === 'organization' ? undefined : c.db.org(c.params.organization ?? '');
  if (kind !== 'organization' && !o) return undefined;
  const fields =
    kind === 'organization'
      ? organizationSyncOf(c.db)
      : o && kind === 'group'
        ? groupSyncOf(o)
        : o && roleSyncOf(o);
  return {
    type: `idp_sync_settings_${kind}`,
    id: NIL_UUID,
    target: IDP_SYNC_TARGETS[kind],
    orgId: o?.id ?? null,
    fields: clone(fields ?? {}),
  };
}

const idpSyncRoute = (path: string, kind: keyof typeof IDP_SYNC_TARGETS): Route => ({
  method: 'PATCH',
  path,
  action: 'write',
  before: (c) => idpSyncResource(c, kind),
  after: (c) => idpSyncResource(c, kind),
});

/** Every audited route (Coder's `audit.InitRequest` calls, collected). Paths as the handlers declare them. */
export const ROUTES: Route[] = [
  // Users
  {
    method: 'POST',
    path: '/users',
    action: 'create',
    after: (c, body) => userById(c, str(obj(body).id)),
  },
  userRoute('PUT', '/users/:user/profile'),
  userRoute('PUT', '/users/:user/status/suspend'),
  userRoute('PUT', '/users/:user/status/activate'),
  userRoute('PUT', '/users/:user/roles'),
  userRoute('PUT', '/users/:user/password'),
  { ...userRoute('DELETE', '/users/:user', 'delete'), after: undefined },
  // Sign-in and sign-out: an API key for the user, no target and no diff.
  {
    method: 'POST',
    path: '/users/login',
    action: 'login',
    before: async (c, request) => {
      let email = '';
      try {
        email = str(obj(JSON.parse(await request.text())).email);
      } catch {
        return undefined;
      }
      const u = email ? c.db.userByEmail(email) : undefined;
      return u ? { type: 'api_key', id: u.id, target: '', orgId: null, fields: {} } : undefined;
    },
    actor: (_c, before) => before?.id,
  },
  {
    method: 'POST',
    path: '/users/logout',
    action: 'logout',
    before: (c) => {
      const u = sessionUser(c);
      return u ? { type: 'api_key', id: u.id, target: '', orgId: null, fields: {} } : undefined;
    },
  },
  // API tokens
  {
    method: 'POST',
    path: '/users/:user/keys/tokens',
    action: 'create',
    after: (c, body) => {
      const u = keyUser(c);
      return u ? tokenResource(c, u.id, str(obj(body).key).split('-')[0]) : undefined;
    },
  },
  {
    method: 'DELETE',
    path: '/users/:user/keys/:keyid',
    action: 'delete',
    before: (c) => {
      const u = keyUser(c);
      return u ? tokenResource(c, u.id, c.params.keyid) : undefined;
    },
  },
  // Organizations
  {
    method: 'POST',
    path: '/organizations',
    action: 'create',
    after: (c, body) => {
      const o = c.db.org(str(obj(body).id));
      return o ? orgResource(o) : undefined;
    },
  },
  ...(['PATCH', 'DELETE'] as const).map((method): Route => ({
    method,
    path: '/organizations/:organization',
    action: method === 'PATCH' ? 'write' : 'delete',
    before: (c) => {
      const o = c.db.org(c.params.organization ?? '');
      return o ? orgResource(o) : undefined;
    },
    after: (c, _body, before) => {
      if (method === 'DELETE' || !before) return undefined;
      const o = c.db.org(before.id);
      return o ? orgResource(o) : undefined;
    },
  })),
  // Templates: metadata and deprecation (`patchTemplateMeta`)
  { method: 'PATCH', path: '/templates/:template', action: 'write', before: templateOf, after: templateOf },
  // Organization members
  {
    method: 'POST',
    path: '/organizations/:organization/members/:user',
    action: 'create',
    after: (c) => memberResource(c, c.params.organization, c.params.user),
  },
  {
    method: 'DELETE',
    path: '/organizations/:organization/members/:user',
    action: 'delete',
    before: (c) => memberResource(c, c.params.organization, c.params.user),
  },
  {
    method: 'PUT',
    path: '/organizations/:organization/members/:user/roles',
    action: 'write',
    before: (c) => memberResource(c, c.params.organization, c.params.user),
    after: (c) => memberResource(c, c.params.organization, c.params.user),
  },
  // Custom organization roles (the name is in the body: the answer names the role)
  ...(['POST', 'PUT'] as const).map((method): Route => ({
    method,
    path: '/organizations/:organization/members/roles',
    action: method === 'POST' ? 'create' : 'write',
    before: (c) => {
      if (method === 'POST') return undefined;
      // Every role of the organization, to pick the one the answer names.
      const o = c.db.org(c.params.organization ?? '');
      const roles = c.db.data.customRoles.filter((r) => r.organization_id === o?.id);
      return { type: 'custom_role', id: '', target: '', orgId: null, fields: clone({ roles }) };
    },
    after: (c, body, before) => {
      const o = c.db.org(c.params.organization ?? '');
      const r = c.db.data.customRoles.find(
        (x) => x.organization_id === o?.id && x.name === str(obj(body).name),
      );
      if (!r) return undefined;
      const roles = (before?.fields.roles ?? []) as CustomRoleRow[];
      const prev = roles.find((x) => x.name === r.name);
      return { ...roleResource(r), ...(prev ? { previous: roleResource(prev) } : {}) };
    },
  })),
  {
    method: 'DELETE',
    path: '/organizations/:organization/members/roles/:roleName',
    action: 'delete',
    before: (c) => {
      const o = c.db.org(c.params.organization ?? '');
      const r = c.db.data.customRoles.find(
        (x) => x.organization_id === o?.id && x.name === c.params.roleName,
      );
      return r ? roleResource(r) : undefined;
    },
  },
  // Groups
  {
    method: 'POST',
    path: '/organizations/:organization/groups',
    action: 'create',
    after: (c, body) => {
      const g = c.db.group(str(obj(body).id));
      return g ? groupResource(c.db, g) : undefined;
    },
  },
  ...(['PATCH', 'DELETE'] as const).map((method): Route => ({
    method,
    path: '/groups/:group',
    action: method === 'PATCH' ? 'write' : 'delete',
    before: (c) => {
      const g = c.db.group(c.params.group ?? '');
      return g ? groupResource(c.db, g) : undefined;
    },
    after: (c, _body, before) => {
      const g = method === 'PATCH' && before ? c.db.group(before.id) : undefined;
      return g ? groupResource(c.db, g) : undefined;
    },
  })),
  // IdP sync settings (Coder audits them as resources without an id of their own)
  ...['', '/config', '/mapping'].flatMap((suffix): Route[] => [
    idpSyncRoute(`/organizations/:organization/settings/idpsync/groups${suffix}`, 'group'),
    idpSyncRoute(`/organizations/:organization/settings/idpsync/roles${suffix}`, 'role'),
    idpSyncRoute(`/settings/idpsync/organization${suffix}`, 'organization'),
  ]),
  // Workspaces: create, rename, sharing; builds (start, stop, delete)
  ...['/organizations/:organization/members/:user/workspaces', '/users/:user/workspaces'].map(
    (path): Route => ({ method: 'POST', path, action: 'create', after: createdWorkspace }),
  ),
  ...(
    [
      'PATCH /workspaces/:workspace',
      'PATCH /workspaces/:workspace/acl',
      'DELETE /workspaces/:workspace/acl',
    ] as const
  ).map((route): Route => {
    const [method = '', path = ''] = route.split(' ');
    return { method, path, action: 'write', before: workspaceOf, after: workspaceOf };
  }),
  {
    method: 'POST',
    path: '/workspaces/:workspace/builds',
    action: (_b, _a, body) => str(obj(body).transition) || 'start',
    after: buildResource,
  },
];

// ---- matching

type Compiled = Route & { re: RegExp; keys: string[] };
const compiled: Compiled[] = ROUTES.map((r) => {
  const keys: string[] = [];
  const body = r.path.replace(/:([A-Za-z0-9_]+)/g, (_, k: string) => {
    keys.push(k);
    return '([^/]+)';
  });
  return { ...r, re: new RegExp(`^/api/v2${body}/?$`, 'i'), keys };
});

function routeFor(method: string, pathname: string): Compiled | undefined {
  // Literal segments win over parameters (`/members/roles` is not the member `roles`), as in the handlers.
  const hits = compiled.filter((r) => r.method === method && r.re.test(pathname));
  return hits.sort((a, b) => a.keys.length - b.keys.length)[0];
}

// ---- diff

function zeroOf(v: unknown): unknown {
  if (typeof v === 'string') return '';
  if (typeof v === 'number') return 0;
  if (typeof v === 'boolean') return false;
  if (Array.isArray(v)) return [];
  if (v && typeof v === 'object') return {};
  return null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Coder's `audit.Diff`: the tracked fields that changed; a secret shows only that it changed. */
export function diffOf(
  before: Resource | undefined,
  after: Resource | undefined,
): Record<string, AuditDiffField> {
  const left = before?.fields ?? {};
  const right = after?.fields ?? {};
  const out: Record<string, AuditDiffField> = {};
  const secret = new Set([...(before?.secret ?? []), ...(after?.secret ?? [])]);
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    const old = key in left ? left[key] : zeroOf(right[key]);
    const next = key in right ? right[key] : zeroOf(left[key]);
    if (same(old, next)) continue;
    out[key] = secret.has(key)
      ? { old: zeroOf(old), new: zeroOf(next), secret: true }
      : { old, new: next, secret: false };
  }
  return out;
}

function remoteAddr(request: Request): string {
  const raw = request.headers.get(REMOTE_ADDR_HEADER) ?? '127.0.0.1';
  return raw.startsWith('::ffff:') ? raw.slice(7) : raw;
}

/**
 * Runs a handler and audits it when its route is audited. `run` is the handler; `c` carries the db and
 * (when signed in) the actor.
 */
export async function audited(c: AuditCtx, run: () => Response | Promise<Response>): Promise<Response> {
  const method = c.request.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return run();
  const route = routeFor(method, c.url.pathname);
  if (!route || !c.db.data.deployment.premium) return run();
  // Sign-in reads the body to name the user; the handler reads its own copy.
  const mirror = route.path === '/users/login' ? c.request.clone() : c.request;
  const params = { ...c.params, ...paramsOf(route, c.url.pathname) };
  const ctx = { ...c, params };
  const before = await route.before?.(ctx, mirror);
  const response = await run();
  const status = response.status;
  // Not found (or not visible): Coder's middleware answers before the auditor knows the resource.
  if (status === 404) return response;
  let body: unknown;
  if (route.after && status < 400 && response.headers.get('content-type')?.includes('json')) {
    try {
      body = await response.clone().json();
    } catch {
      body = undefined;
    }
  }
  const after = status < 400 ? route.after?.(ctx, body, before) : undefined;
  const resource = after ?? (before?.id ? before : undefined);
  const actor = c.actorId ?? route.actor?.(ctx, before);
  if (!resource || !actor) return response;
  const action = typeof route.action === 'string' ? route.action : route.action(before, after, body);
  c.db.addAuditLog({
    id: crypto.randomUUID(),
    time: new Date().toISOString(),
    user_id: actor,
    organization_id: resource.orgId,
    ip: remoteAddr(c.request),
    user_agent: c.request.headers.get('user-agent') ?? '',
    resource_type: resource.type,
    resource_id: resource.id,
    resource_target: resource.target,
    resource_icon: resource.icon ?? '',
    action,
    diff:
      status < 400 && action !== 'login' && action !== 'logout'
        ? diffOf(after?.previous ?? (before?.id ? before : undefined), after)
        : {},
    status_code: status,
    additional_fields: resource.additional ?? {},
    request_id: crypto.randomUUID(),
  } satisfies AuditLogRow);
  return response;
}

function paramsOf(route: Compiled, pathname: string): Record<string, string> {
  const m = route.re.exec(pathname);
  const out: Record<string, string> = {};
  route.keys.forEach((k, i) => {
    const v = m?.[i + 1];
    if (v !== undefined) out[k] = decodeURIComponent(v);
  });
  return out;
}

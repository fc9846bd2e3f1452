/** Table rows → the JSON Coder answers with. */
import type {
  BuildRow,
  Db,
  GroupRow,
  MemberRow,
  OrganizationRow,
  TemplateRow,
  UserRow,
  WorkspaceRow,
} from './db';
import { buildResources } from './buildDetails';
import { orgRoleDefs, siteRoles } from './rbac';
import { GO_ZERO_TIME, parseTime } from './time';

const omitEmpty = <T extends Record<string, unknown>>(o: T): T => {
  const out = { ...o };
  for (const k of Object.keys(out))
    if (out[k] === '' || out[k] === undefined || out[k] === null) delete out[k];
  return out;
};

export const slimSiteRole = (name: string) => ({ name, display_name: siteRoles[name]?.display_name ?? name });

export function slimOrgRole(db: Db, orgId: string, name: string) {
  const custom = db.data.customRoles.find((r) => r.organization_id === orgId && r.name === name);
  return {
    name,
    display_name: orgRoleDefs[name]?.display_name || custom?.display_name || name,
    organization_id: orgId,
  };
}

export function reducedUser(db: Db, u: UserRow) {
  return {
    ...omitEmpty({ name: u.name, avatar_url: u.avatar_url }),
    // A Go `time.Time`, never omitted: Coder sends the zero time for a user who never signed in.
    last_seen_at: u.last_seen_at ?? GO_ZERO_TIME,
    id: u.id,
    username: u.username,
    email: u.email,
    created_at: u.created_at,
    updated_at: u.updated_at,
    status: db.userStatus(u),
    login_type: u.login_type,
    ...(u.is_service_account ? { is_service_account: true } : {}),
  };
}

export function user(db: Db, u: UserRow) {
  return {
    ...reducedUser(db, u),
    organization_ids: db.membershipsOf(u.id).map((m) => m.organization_id),
    roles: u.roles.map(slimSiteRole),
    has_ai_seat: false,
  };
}

export const minimalUser = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  ...omitEmpty({ name: u.name, avatar_url: u.avatar_url }),
});

export const organization = (o: OrganizationRow) => ({
  id: o.id,
  name: o.name,
  display_name: o.display_name,
  description: o.description,
  icon: o.icon,
  is_default: o.is_default,
  created_at: o.created_at,
  updated_at: o.updated_at,
  default_org_member_roles: o.default_org_member_roles,
});

export function member(db: Db, m: MemberRow) {
  return {
    user_id: m.user_id,
    organization_id: m.organization_id,
    created_at: m.created_at,
    updated_at: m.updated_at,
    roles: m.roles.map((r) => slimOrgRole(db, m.organization_id, r)),
  };
}

export function memberWithUserData(db: Db, m: MemberRow, u: UserRow) {
  return {
    ...member(db, m),
    username: u.username,
    ...omitEmpty({ name: u.name, avatar_url: u.avatar_url }),
    last_seen_at: u.last_seen_at ?? GO_ZERO_TIME,
    email: u.email,
    status: db.userStatus(u),
    login_type: u.login_type,
    user_created_at: u.created_at,
    user_updated_at: u.updated_at,
    ...(u.is_service_account ? { is_service_account: true } : {}),
    global_roles: u.roles.map(slimSiteRole),
    has_ai_seat: false,
  };
}

export function group(db: Db, g: GroupRow, opts: { includeMembers?: boolean } = {}) {
  const org = db.org(g.organization_id);
  const ids = db.groupMemberIds(g);
  return {
    id: g.id,
    name: g.name,
    display_name: g.display_name,
    organization_id: g.organization_id,
    organization_name: org?.name ?? '',
    organization_display_name: org?.display_name ?? '',
    members:
      opts.includeMembers === false
        ? []
        : ids
            .map((id) => db.user(id))
            .filter((u): u is UserRow => Boolean(u))
            .map((u) => reducedUser(db, u)),
    total_member_count: ids.length,
    avatar_url: g.avatar_url,
    quota_allowance: g.quota_allowance,
    source: g.source,
  };
}

export function template(db: Db, t: TemplateRow) {
  const org = db.org(t.organization_id);
  const creator = db.user(t.created_by_id);
  return {
    id: t.id,
    name: t.name,
    display_name: t.display_name,
    description: t.description,
    icon: t.icon,
    organization_id: t.organization_id,
    organization_name: org?.name ?? '',
    organization_display_name: org?.display_name ?? '',
    organization_icon: org?.icon ?? '',
    active_version_id: t.active_version_id,
    active_user_count: 0,
    deprecated: t.deprecated !== '',
    deprecation_message: t.deprecated,
    created_at: t.created_at,
    updated_at: t.updated_at,
    created_by_id: t.created_by_id,
    created_by_name: creator?.username ?? '',
    provisioner: 'terraform',
    default_ttl_ms: 8 * 3600_000,
    require_active_version: false,
    allow_user_cancel_workspace_jobs: true,
    use_classic_parameter_flow: false,
  };
}

type JobStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'canceling' | 'canceled';
const STATUS_BY_JOB: Record<JobStatus, Record<BuildRow['transition'], string>> = {
  pending: { start: 'pending', stop: 'pending', delete: 'pending' },
  running: { start: 'starting', stop: 'stopping', delete: 'deleting' },
  succeeded: { start: 'running', stop: 'stopped', delete: 'deleted' },
  failed: { start: 'failed', stop: 'failed', delete: 'failed' },
  canceling: { start: 'canceling', stop: 'canceling', delete: 'canceling' },
  canceled: { start: 'canceled', stop: 'canceled', delete: 'canceled' },
};

/** How long a canceled job reports `canceling` before it settles as `canceled`. */
export const CANCEL_MS = 500;

/** A build's job status at `now` (no timestamps formatted: lists ask this of every build). */
export function jobStatus(b: BuildRow, now = Date.now()): JobStatus {
  const started = parseTime(b.created_at) + b.pending_ms;
  if (b.canceled_at) {
    const canceled = parseTime(b.canceled_at);
    if (now >= canceled) return (now >= canceled + CANCEL_MS ? 'canceled' : 'canceling') as JobStatus;
  }
  return now < started ? 'pending' : now < started + b.running_ms ? 'running' : b.outcome;
}

/** A build's job advances with the clock: pending → running → outcome (or canceling → canceled). */
export function jobState(b: BuildRow, now = Date.now()) {
  const created = parseTime(b.created_at);
  const started = created + b.pending_ms;
  const completed = started + b.running_ms;
  const canceled = b.canceled_at ? Date.parse(b.canceled_at) : undefined;
  if (canceled !== undefined && now >= canceled) {
    const done = now >= canceled + CANCEL_MS;
    return {
      status: (done ? 'canceled' : 'canceling') as JobStatus,
      started_at: canceled >= started ? new Date(started).toISOString() : undefined,
      completed_at: done ? new Date(canceled + CANCEL_MS).toISOString() : undefined,
      canceled_at: b.canceled_at,
    };
  }
  const status = jobStatus(b, now);
  return {
    status,
    started_at: now >= started ? new Date(started).toISOString() : undefined,
    completed_at: now >= completed ? new Date(completed).toISOString() : undefined,
    canceled_at: undefined,
  };
}

export const latestBuild = (w: WorkspaceRow): BuildRow => {
  const b = w.builds[w.builds.length - 1];
  if (!b) throw new Error(`mock: workspace ${w.id} has no builds`);
  return b;
};

export function workspaceStatus(w: WorkspaceRow, now = Date.now()): string {
  const b = latestBuild(w);
  return STATUS_BY_JOB[jobStatus(b, now)][b.transition];
}

export function build(db: Db, w: WorkspaceRow, b: BuildRow, now = Date.now()) {
  const owner = db.user(w.owner_id);
  const initiator = db.user(b.initiator_id);
  const t = db.template(w.template_id);
  const job = jobState(b, now);
  return {
    id: b.id,
    created_at: b.created_at,
    updated_at: job.completed_at ?? job.started_at ?? b.created_at,
    workspace_id: w.id,
    workspace_name: w.name,
    workspace_owner_id: w.owner_id,
    workspace_owner_name: owner?.username ?? '',
    workspace_owner_avatar_url: owner?.avatar_url ?? '',
    template_version_id: b.template_version_id,
    template_version_name: t?.versions.find((v) => v.id === b.template_version_id)?.name ?? '',
    build_number: b.build_number,
    transition: b.transition,
    initiator_id: b.initiator_id,
    initiator_name: initiator?.username ?? '',
    job: {
      id: b.job_id,
      created_at: b.created_at,
      ...omitEmpty({
        started_at: job.started_at,
        completed_at: job.completed_at,
        canceled_at: job.canceled_at,
      }),
      ...(job.status === 'failed' && b.error ? { error: b.error } : {}),
      status: job.status,
      file_id: b.job_id,
      tags: { scope: 'organization' },
      queue_position: 0,
      queue_size: 0,
      organization_id: w.organization_id,
      initiator_id: b.initiator_id,
      type: 'workspace_build',
      logs_overflowed: false,
    },
    reason: b.reason,
    resources: buildResources(w, b, t, STATUS_BY_JOB[job.status][b.transition]),
    status: STATUS_BY_JOB[job.status][b.transition],
    daily_cost: 0,
  };
}

export function sharedWith(db: Db, w: WorkspaceRow) {
  const users = Object.entries(w.user_acl).flatMap(([id, role]) => {
    const u = db.user(id);
    return u
      ? [
          {
            id,
            actor_type: 'user' as const,
            name: u.username,
            ...omitEmpty({ avatar_url: u.avatar_url }),
            roles: [role],
          },
        ]
      : [];
  });
  const groups = Object.entries(w.group_acl).flatMap(([id, role]) => {
    const g = db.group(id);
    return g
      ? [
          {
            id,
            actor_type: 'group' as const,
            name: g.name,
            ...omitEmpty({ avatar_url: g.avatar_url }),
            roles: [role],
          },
        ]
      : [];
  });
  return [...users, ...groups];
}

export function workspace(db: Db, w: WorkspaceRow, now = Date.now()) {
  const owner = db.user(w.owner_id);
  const org = db.org(w.organization_id);
  const t = db.template(w.template_id);
  const b = latestBuild(w);
  return {
    id: w.id,
    name: w.name,
    created_at: w.created_at,
    updated_at: w.updated_at,
    owner_id: w.owner_id,
    owner_name: owner?.username ?? '',
    owner_avatar_url: owner?.avatar_url ?? '',
    organization_id: w.organization_id,
    organization_name: org?.name ?? '',
    template_id: w.template_id,
    template_name: t?.name ?? '',
    template_display_name: t?.display_name ?? '',
    template_icon: t?.icon ?? '',
    template_active_version_id: t?.active_version_id ?? '',
    template_require_active_version: false,
    template_allow_user_cancel_workspace_jobs: true,
    template_use_classic_parameter_flow: false,
    latest_build: build(db, w, b, now),
    latest_app_status: null,
    outdated: t ? b.template_version_id !== t.active_version_id : false,
    last_used_at: w.last_used_at,
    ...omitEmpty({ autostart_schedule: w.autostart_schedule }),
    ...(w.ttl_ms ? { ttl_ms: w.ttl_ms } : {}),
    dormant_at: w.dormant_at,
    deleting_at: null,
    health: { healthy: true, failing_agents: [] },
    automatic_updates: 'never',
    allow_renames: false,
    favorite: false,
    is_prebuild: false,
    shared_with: sharedWith(db, w),
  };
}

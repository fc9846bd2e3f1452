/**
 * The mock Coder server's state: plain JSON tables plus lazily built indexes.
 * Environment-agnostic (no node imports): persistence is attached by the node runtime.
 */
import { hashToken } from './secrets';
import { parseTime } from './time';

export type UserStatus = 'active' | 'dormant' | 'suspended';
export type LoginType = '' | 'password' | 'github' | 'oidc' | 'token' | 'none';
export type AclRole = 'admin' | 'use';
export type SharingMode = 'everyone' | 'service_accounts' | 'none';
export type Permission = { negate: boolean; resource_type: string; action: string };

export type UserRow = {
  id: string;
  username: string;
  name: string;
  email: string;
  avatar_url: string;
  created_at: string;
  updated_at: string;
  last_seen_at: string | null;
  /**
   * Stored status; `active` users not seen for 90 days read as `dormant` (Coder's dormancy job). The clock
   * runs from the later of `last_seen_at` and `activated_at`: an activated user answers and reads `active`.
   */
  status: UserStatus;
  /** When the user was last made `active` (activate, or created active); absent for older stored data. */
  activated_at?: string;
  login_type: LoginType;
  is_service_account: boolean;
  /** PBKDF2 hash (`$pbkdf2-sha256$…`, see secrets.ts); never the password itself. */
  hashed_password: string | null;
  /** Site roles (never `member`, which is implicit). */
  roles: string[];
  deleted: boolean;
  github_com_user_id?: number;
  /**
   * The merged OIDC claims of the user's last sign-in (Coder's `user_links.claims.merged_claims`), which
   * IdP sync's `available-fields` and `field-values` read. Only OIDC users have them.
   */
  oidc_claims?: Record<string, unknown>;
};

export type OrganizationRow = {
  id: string;
  name: string;
  display_name: string;
  description: string;
  icon: string;
  is_default: boolean;
  created_at: string;
  updated_at: string;
  default_org_member_roles: string[];
  shareable_workspace_owners: SharingMode;
  /** IdP group sync (`codersdk.GroupSyncSettings`); absent until first set. */
  group_sync?: GroupSyncRow;
  /** IdP role sync (`codersdk.RoleSyncSettings`); absent until first set. */
  role_sync?: RoleSyncRow;
};

/** IdP sync settings as Coder stores them (its runtime config JSON); `mapping` null = never set. */
export type IdpMapping = Record<string, string[] | null> | null;
export type GroupSyncRow = {
  field: string;
  /** Claim value → group IDs. */
  mapping: IdpMapping;
  regex_filter: string | null;
  auto_create_missing_groups: boolean;
  legacy_group_name_mapping: Record<string, string> | null;
};
/** Claim value → organization role names. */
export type RoleSyncRow = { field: string; mapping: IdpMapping };
/** Claim value → organization IDs. */
export type OrganizationSyncRow = {
  field: string;
  mapping: IdpMapping;
  organization_assign_default: boolean;
};

export type MemberRow = {
  organization_id: string;
  user_id: string;
  /** Explicit org roles (built-in org role names or custom role names). */
  roles: string[];
  created_at: string;
  updated_at: string;
};

export type GroupRow = {
  id: string;
  organization_id: string;
  name: string;
  display_name: string;
  avatar_url: string;
  quota_allowance: number;
  source: 'user' | 'oidc';
  /** Explicit members; ignored for the Everyone group (id === organization_id). */
  member_ids: string[];
};

export type CustomRoleRow = {
  name: string;
  display_name: string;
  organization_id: string;
  organization_permissions: Permission[];
};

export type TemplateVersionRow = { id: string; name: string; created_at: string };
export type TemplateRow = {
  id: string;
  organization_id: string;
  name: string;
  display_name: string;
  description: string;
  icon: string;
  active_version_id: string;
  versions: TemplateVersionRow[];
  created_at: string;
  updated_at: string;
  created_by_id: string;
  /** Coder's `templates.deprecated` column: the deprecation message, `''` when the template is not deprecated. */
  deprecated: string;
};

export type BuildRow = {
  id: string;
  job_id: string;
  build_number: number;
  transition: 'start' | 'stop' | 'delete';
  template_version_id: string;
  initiator_id: string;
  reason: string;
  created_at: string;
  pending_ms: number;
  running_ms: number;
  outcome: 'succeeded' | 'failed';
  error?: string;
  /** Set by `PATCH /workspacebuilds/{id}/cancel`: the job stops there (canceling, then canceled). */
  canceled_at?: string;
};

export type WorkspaceRow = {
  id: string;
  name: string;
  owner_id: string;
  organization_id: string;
  template_id: string;
  created_at: string;
  updated_at: string;
  last_used_at: string;
  autostart_schedule?: string;
  ttl_ms?: number;
  dormant_at: string | null;
  deleted: boolean;
  user_acl: Record<string, AclRole>;
  group_acl: Record<string, AclRole>;
  builds: BuildRow[];
  /** Seeded flakiness: the next start build fails with this log line. */
  fail_next_start?: string;
};

/** A session: only the SHA-256 of its token is kept, as Coder keeps its API keys' hashed secrets. */
export type SessionRow = {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** The key's public id (the part of the token before '-'), as Coder lists it. */
  id?: string;
  /** API tokens only (`POST /users/{user}/keys/tokens`); sign-in sessions have none of these. */
  token_name?: string;
  scopes?: string[];
  lifetime_seconds?: number;
  last_used?: string;
};

export type DeploymentRow = {
  /** false = OSS deployment: no Premium entitlements. */
  premium: boolean;
  disable_workspace_sharing: boolean;
  build_timing: { pending_ms: number; running_ms: number };
  /** `--max-token-lifetime` (ms); older data files lack it. */
  max_token_lifetime_ms?: number;
  /** Sign-in methods configured besides password; older data files lack them (both on). */
  github_auth?: boolean;
  oidc_auth?: boolean;
  /** Deployment-wide IdP organization sync; absent until first set. */
  organization_sync?: OrganizationSyncRow;
};

/** One audit log entry, as Coder's `audit_logs` table holds it (see src/mock/audit.ts). */
export type AuditDiffField = { old: unknown; new: unknown; secret: boolean };
export type AuditLogRow = {
  id: string;
  time: string;
  /** The actor (null: none known). */
  user_id: string | null;
  /** null for site-wide resources (users, API keys); org auditors see only their organizations' entries. */
  organization_id: string | null;
  ip: string;
  user_agent: string;
  resource_type: string;
  resource_id: string;
  resource_target: string;
  resource_icon: string;
  action: string;
  diff: Record<string, AuditDiffField>;
  status_code: number;
  additional_fields: Record<string, unknown>;
  request_id: string;
};

export type Tables = {
  users: UserRow[];
  organizations: OrganizationRow[];
  members: MemberRow[];
  groups: GroupRow[];
  customRoles: CustomRoleRow[];
  templates: TemplateRow[];
  workspaces: WorkspaceRow[];
  sessions: SessionRow[];
  /** In the order recorded (oldest first); absent from data files written before the audit log existed. */
  auditLogs: AuditLogRow[];
  deployment: DeploymentRow;
};

/**
 * Coder's user list order, `lower(username)`. Usernames are ASCII letters, digits and hyphens, so comparing
 * lower-cased code points orders them as a collator would, several times faster (10,000 users).
 */
export function byUsername(a: UserRow, b: UserRow): number {
  const x = a.username.toLowerCase();
  const y = b.username.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export const DORMANT_AFTER_MS = 90 * 24 * 3600 * 1000;

/** Table names whose values are arrays of rows (everything but `deployment`). */
export type RowTable = Exclude<keyof Tables, 'deployment'>;
/**
 * What a change touched, for persistence: the listed rows (plus rows added to or removed from the listed
 * tables). Without a hint every table is compared; `'all'` means the whole data was replaced.
 */
export type ChangeHint = { [K in RowTable]?: readonly Tables[K][number][] } | 'all';

type Indexes = {
  userById: Map<string, UserRow>;
  userByUsername: Map<string, UserRow>;
  userByEmail: Map<string, UserRow>;
  orgById: Map<string, OrganizationRow>;
  orgByName: Map<string, OrganizationRow>;
  membersByOrg: Map<string, MemberRow[]>;
  membersByUser: Map<string, MemberRow[]>;
  groupById: Map<string, GroupRow>;
  groupsByMember: Map<string, GroupRow[]>;
  templateById: Map<string, TemplateRow>;
  workspaceById: Map<string, WorkspaceRow>;
  sessionByHash: Map<string, SessionRow>;
};

function groupBy<K, V>(rows: V[], key: (v: V) => K): Map<K, V[]> {
  const m = new Map<K, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function buildIndex<K extends keyof Indexes>(d: Tables, key: K): Indexes[K] {
  const live = () => d.users.filter((u) => !u.deleted);
  const builders: { [P in keyof Indexes]: () => Indexes[P] } = {
    userById: () => new Map(d.users.map((u) => [u.id, u])),
    userByUsername: () => new Map(live().map((u) => [u.username.toLowerCase(), u])),
    userByEmail: () => new Map(live().flatMap((u) => (u.email ? [[u.email.toLowerCase(), u]] : []))),
    orgById: () => new Map(d.organizations.map((o) => [o.id, o])),
    orgByName: () => new Map(d.organizations.map((o) => [o.name.toLowerCase(), o])),
    membersByOrg: () => groupBy(d.members, (m) => m.organization_id),
    membersByUser: () => groupBy(d.members, (m) => m.user_id),
    groupById: () => new Map(d.groups.map((g) => [g.id, g])),
    groupsByMember: () => {
      const out = new Map<string, GroupRow[]>();
      for (const g of d.groups) {
        for (const id of g.member_ids) {
          const list = out.get(id);
          if (list) list.push(g);
          else out.set(id, [g]);
        }
      }
      return out;
    },
    templateById: () => new Map(d.templates.map((t) => [t.id, t])),
    workspaceById: () => new Map(d.workspaces.map((w) => [w.id, w])),
    sessionByHash: () => new Map(d.sessions.map((s) => [s.token_hash, s])),
  };
  return builders[key]();
}

export class Db {
  data: Tables;
  /** Indexes, each built on first use after a change (a request that needs two does not build twelve). */
  private idx: Partial<Indexes> = {};
  private usersSorted: UserRow[] | undefined;
  /** Derived answers kept until the next change or touch (see `memo`). */
  private memos = new Map<string, unknown>();
  private readonly seed: () => Tables;
  onChange: ((db: Db, hint?: ChangeHint) => void) | undefined;

  constructor(seed: () => Tables, initial?: Tables) {
    this.seed = seed;
    this.data = initial ?? seed();
    this.data.auditLogs ??= [];
  }

  reset(): void {
    this.data = this.seed();
    this.changed('all');
  }

  /**
   * Call after every mutation that adds, removes or re-keys rows: drops indexes and persists the change
   * (before the response is sent). A hint naming the changed rows spares the persistence layer from
   * comparing every table (large seed).
   */
  changed(hint?: ChangeHint): void {
    this.idx = {};
    this.usersSorted = undefined;
    this.memos.clear();
    this.onChange?.(this, hint);
  }

  /**
   * Call after changing fields no index covers (last_seen_at, a workspace's name, ACL or builds):
   * schedules persistence and keeps indexes, so frequent writes do not rebuild them at scale. Drops the
   * memos, except after a change to `workspace-state` (ACLs, builds, the deleted flag), which no memo reads.
   */
  touched(hint?: ChangeHint, what: 'rows' | 'workspace-state' = 'rows'): void {
    if (what === 'rows') this.memos.clear();
    this.onChange?.(this, hint);
  }

  /**
   * `build()`'s answer, kept until the next change or touch: precomputed per change, not per request.
   * A memo must not depend on workspace ACLs, builds or deleted flags (see `touched`).
   */
  memo<T>(key: string, build: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = build();
    this.memos.set(key, value);
    return value;
  }

  private index<K extends keyof Indexes>(key: K): Indexes[K] {
    return (this.idx[key] ??= buildIndex(this.data, key));
  }

  // ---- users
  user(id: string): UserRow | undefined {
    const u = this.index('userById').get(id);
    return u && !u.deleted ? u : undefined;
  }
  userByUsername(name: string): UserRow | undefined {
    return this.index('userByUsername').get(name.toLowerCase());
  }
  userByEmail(email: string): UserRow | undefined {
    return this.index('userByEmail').get(email.toLowerCase());
  }
  liveUsers(): UserRow[] {
    return this.data.users.filter((u) => !u.deleted);
  }
  /** Live users in Coder's list order (username), sorted once per change rather than per request. */
  liveUsersByUsername(): readonly UserRow[] {
    if (!this.usersSorted) {
      const keyed = this.liveUsers().map((u) => ({ k: u.username.toLowerCase(), u }));
      keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
      this.usersSorted = keyed.map((x) => x.u);
    }
    return this.usersSorted;
  }
  /** Status as the API reports it (dormancy computed from last_seen_at). */
  userStatus(u: UserRow, now = Date.now()): UserStatus {
    if (u.status !== 'active' || u.is_service_account) return u.status;
    const since = Math.max(
      u.last_seen_at ? parseTime(u.last_seen_at) : -Infinity,
      u.activated_at ? parseTime(u.activated_at) : -Infinity,
    );
    if (now - since > DORMANT_AFTER_MS) return 'dormant';
    return 'active';
  }

  // ---- organizations
  org(idOrName: string): OrganizationRow | undefined {
    if (idOrName === 'default') return this.data.organizations.find((o) => o.is_default);
    return this.index('orgById').get(idOrName) ?? this.index('orgByName').get(idOrName.toLowerCase());
  }
  defaultOrg(): OrganizationRow {
    const o = this.data.organizations.find((x) => x.is_default);
    if (!o) throw new Error('mock: no default organization');
    return o;
  }
  membersOf(orgId: string): MemberRow[] {
    return (this.index('membersByOrg').get(orgId) ?? []).filter((m) => this.user(m.user_id));
  }
  membershipsOf(userId: string): MemberRow[] {
    return this.index('membersByUser').get(userId) ?? [];
  }
  membership(orgId: string, userId: string): MemberRow | undefined {
    return this.membershipsOf(userId).find((m) => m.organization_id === orgId);
  }

  // ---- groups
  group(id: string): GroupRow | undefined {
    return this.index('groupById').get(id);
  }
  isEveryone(g: GroupRow): boolean {
    return g.id === g.organization_id;
  }
  groupMemberIds(g: GroupRow): string[] {
    if (this.isEveryone(g)) return this.membersOf(g.organization_id).map((m) => m.user_id);
    return g.member_ids.filter((id) => this.user(id));
  }
  /** Groups the user belongs to (Everyone groups included). */
  groupsOfUser(userId: string): GroupRow[] {
    const explicit = this.index('groupsByMember').get(userId) ?? [];
    const everyone = this.membershipsOf(userId)
      .map((m) => this.group(m.organization_id))
      .filter((g): g is GroupRow => Boolean(g));
    return [...everyone, ...explicit];
  }

  // ---- templates & workspaces
  template(id: string): TemplateRow | undefined {
    return this.index('templateById').get(id);
  }
  workspace(id: string): WorkspaceRow | undefined {
    const w = this.index('workspaceById').get(id);
    return w && !w.deleted ? w : undefined;
  }
  liveWorkspaces(): WorkspaceRow[] {
    return this.data.workspaces.filter((w) => !w.deleted);
  }

  // ---- audit log
  /** A user row even when deleted (an audit entry still names its actor). */
  userEvenDeleted(id: string): UserRow | undefined {
    return this.index('userById').get(id);
  }
  /** Appends an entry: persisted, but no index or memo reads the audit log, so none is dropped. */
  addAuditLog(row: AuditLogRow): void {
    this.data.auditLogs.push(row);
    this.onChange?.(this, { auditLogs: [row] });
  }

  // ---- sessions (stored by token hash; expired ones pruned whenever one is added)
  session(token: string): SessionRow | undefined {
    return this.index('sessionByHash').get(hashToken(token));
  }
  /** A new session: indexed in place, so a sign-in does not rebuild every index (10,000 users at scale). */
  addSession(token: string, row: Omit<SessionRow, 'token_hash'>): void {
    const now = Date.now();
    if (this.data.sessions.some((s) => Date.parse(s.expires_at) < now)) {
      this.removeSessions((s) => Date.parse(s.expires_at) < now);
    }
    const session = { token_hash: hashToken(token), ...row };
    this.data.sessions.push(session);
    this.idx.sessionByHash?.set(session.token_hash, session);
    this.touched({ sessions: [session] });
  }
  /** Ends the sessions `drop` selects (expiry, logout, password change, deletion). */
  removeSessions(drop: (s: SessionRow) => boolean): void {
    const keep: SessionRow[] = [];
    for (const s of this.data.sessions) {
      if (drop(s)) this.idx.sessionByHash?.delete(s.token_hash);
      else keep.push(s);
    }
    this.data.sessions = keep;
    this.touched({ sessions: [] });
  }
}

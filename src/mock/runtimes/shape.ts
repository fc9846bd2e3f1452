/**
 * The data file's expected shape, checked when the mock server starts: a file that does not match is never
 * used (nor overwritten); the server refuses to start and says what is wrong. Also upgrades files written
 * before secrets were hashed (plain `password` and session `token` fields).
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../../lib/demoAccounts';
import type { Tables } from '../db';
import { DEMO_PASSWORD_HASH, HASH_ITERATIONS, hashToken } from '../secrets';

/** s string, s? string or null, n number, b boolean, S list of strings, o object, a list, plus nested rows. */
type Kind = 's' | 's?' | 'n' | 'b' | 'S' | 'o' | 'a' | Spec[];
type Spec = Record<string, Kind>;

const TIMES: Spec = { created_at: 's', updated_at: 's' };
const TABLES: Record<keyof Tables, Spec> = {
  users: {
    id: 's',
    username: 's',
    name: 's',
    email: 's',
    avatar_url: 's',
    ...TIMES,
    last_seen_at: 's?',
    status: 's',
    login_type: 's',
    is_service_account: 'b',
    hashed_password: 's?',
    roles: 'S',
    deleted: 'b',
  },
  organizations: {
    id: 's',
    name: 's',
    display_name: 's',
    description: 's',
    icon: 's',
    is_default: 'b',
    ...TIMES,
    default_org_member_roles: 'S',
    shareable_workspace_owners: 's',
  },
  members: { organization_id: 's', user_id: 's', roles: 'S', ...TIMES },
  groups: {
    id: 's',
    organization_id: 's',
    name: 's',
    display_name: 's',
    avatar_url: 's',
    quota_allowance: 'n',
    source: 's',
    member_ids: 'S',
  },
  customRoles: { name: 's', display_name: 's', organization_id: 's', organization_permissions: 'a' },
  templates: {
    id: 's',
    organization_id: 's',
    name: 's',
    display_name: 's',
    description: 's',
    icon: 's',
    active_version_id: 's',
    versions: [{ id: 's', name: 's', created_at: 's' }],
    ...TIMES,
    created_by_id: 's',
    deprecated: 's',
  },
  workspaces: {
    id: 's',
    name: 's',
    owner_id: 's',
    organization_id: 's',
    template_id: 's',
    ...TIMES,
    last_used_at: 's',
    dormant_at: 's?',
    deleted: 'b',
    user_acl: 'o',
    group_acl: 'o',
    builds: [
      {
        id: 's',
        job_id: 's',
        build_number: 'n',
        transition: 's',
        template_version_id: 's',
        initiator_id: 's',
        created_at: 's',
        pending_ms: 'n',
        running_ms: 'n',
        outcome: 's',
      },
    ],
  },
  sessions: { token_hash: 's', user_id: 's', created_at: 's', expires_at: 's' },
  auditLogs: {
    id: 's',
    time: 's',
    user_id: 's?',
    organization_id: 's?',
    resource_type: 's',
    resource_id: 's',
    resource_target: 's',
    action: 's',
    diff: 'o',
    status_code: 'n',
  },
  deployment: { premium: 'b', disable_workspace_sharing: 'b', build_timing: 'o' },
};

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function check(v: unknown, kind: Kind, at: string): string | undefined {
  const fail = (want: string) => `${at} should be ${want} but is ${typeName(v)}`;
  if (Array.isArray(kind)) {
    if (!Array.isArray(v)) return fail('a list');
    for (let i = 0; i < v.length; i++) {
      const p = checkRow(v[i], kind[0]!, `${at}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  switch (kind) {
    case 's':
      return typeof v === 'string' ? undefined : fail('a string');
    case 's?':
      return typeof v === 'string' || v === null ? undefined : fail('a string or null');
    case 'n':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : fail('a number');
    case 'b':
      return typeof v === 'boolean' ? undefined : fail('true or false');
    case 'o':
      return isObject(v) ? undefined : fail('an object');
    case 'a':
      return Array.isArray(v) ? undefined : fail('a list');
    case 'S':
      return Array.isArray(v) && v.every((x) => typeof x === 'string')
        ? undefined
        : fail('a list of strings');
  }
}

function checkRow(row: unknown, spec: Spec, at: string): string | undefined {
  if (!isObject(row)) return `${at} should be an object but is ${typeName(row)}`;
  for (const [field, kind] of Object.entries(spec)) {
    const p = check(row[field], kind, `${at}.${field}`);
    if (p) return p;
  }
  return undefined;
}

/**
 * Old files kept secrets in plain text: hash them (the published demo password gets the seed's hash).
 * Files written before the audit log existed get an empty one. A template's `deprecated` was a flag before
 * it held Coder's deprecation message: a deprecated one keeps a message saying so.
 */
function upgrade(data: Record<string, unknown>): void {
  if (!('auditLogs' in data)) data.auditLogs = [];
  for (const u of Array.isArray(data.users) ? data.users : []) {
    if (!isObject(u) || !('password' in u) || 'hashed_password' in u) continue;
    const pw = u.password;
    if (pw === DEMO_PASSWORD) u.hashed_password = DEMO_PASSWORD_HASH;
    else if (typeof pw === 'string') {
      const salt = randomBytes(16);
      const hash = pbkdf2Sync(pw, salt, HASH_ITERATIONS, 64, 'sha256').toString('base64');
      u.hashed_password = `$pbkdf2-sha256$${HASH_ITERATIONS}$${salt.toString('base64')}$${hash}`;
    } else u.hashed_password = null;
    delete u.password;
  }
  for (const t of Array.isArray(data.templates) ? data.templates : []) {
    if (isObject(t) && typeof t.deprecated === 'boolean')
      t.deprecated = t.deprecated ? 'This template is deprecated.' : '';
  }
  for (const s of Array.isArray(data.sessions) ? data.sessions : []) {
    if (!isObject(s) || typeof s.token !== 'string') continue;
    s.token_hash = hashToken(s.token);
    delete s.token;
  }
}

/** The first problem with `data` as the mock's tables, or undefined when it can be used. */
export function shapeProblem(data: unknown): string | undefined {
  if (!isObject(data)) return `it should hold an object of tables but holds ${typeName(data)}`;
  upgrade(data);
  for (const [table, spec] of Object.entries(TABLES)) {
    if (!(table in data)) return `the "${table}" table is missing`;
    const p = table === 'deployment' ? checkRow(data[table], spec, table) : check(data[table], [spec], table);
    if (p) return p;
  }
  return undefined;
}

/**
 * Coder's audit search (`searchquery.AuditLogs` + the `GetAuditLogsOffset` query): the query is lower-cased;
 * `key:value` terms are `resource_type`, `resource_id`, `resource_target`, `action`, `username`, `email`,
 * `date_from`, `date_to` (UTC days, `2006-01-02`; `date_to` runs to 23:59:59 of its day), `organization`
 * (id or name), `build_reason`, `request_id`; a bare word is a `resource_type`. Every match is exact;
 * `username:me` is the caller. Each key at most once.
 */
import type { AuditLogRow, Db } from './db';
import type { Validation } from './responses';
import { tokenize } from './search';
import { parseUuid } from './uuid';

export const RESOURCE_TYPES = [
  'template',
  'template_version',
  'user',
  'workspace',
  'workspace_build',
  'git_ssh_key',
  'api_key',
  'group',
  'license',
  'convert_login',
  'health_settings',
  'notifications_settings',
  'prebuilds_settings',
  'workspace_proxy',
  'organization',
  'oauth2_provider_app',
  'oauth2_provider_app_secret',
  'custom_role',
  'organization_member',
  'notification_template',
  'idp_sync_settings_organization',
  'idp_sync_settings_group',
  'idp_sync_settings_role',
  'workspace_agent',
  'workspace_app',
  'task',
] as const;
export const AUDIT_ACTIONS = [
  'create',
  'write',
  'delete',
  'start',
  'stop',
  'login',
  'logout',
  'register',
  'request_password_reset',
  'connect',
  'disconnect',
  'open',
  'close',
] as const;
export const BUILD_REASONS = [
  'initiator',
  'autostart',
  'autostop',
  'dormancy',
  'dashboard',
  'cli',
  'ssh_connection',
  'vscode_connection',
  'jetbrains_connection',
] as const;

export type AuditFilter = {
  resource_type?: string;
  resource_id?: string;
  resource_target?: string;
  action?: string;
  username?: string;
  email?: string;
  date_from?: number;
  date_to?: number;
  organization_id?: string;
  build_reason?: string;
  request_id?: string;
};

const KEYS = new Set([
  'resource_type',
  'resource_id',
  'resource_target',
  'action',
  'username',
  'email',
  'date_from',
  'date_to',
  'organization',
  'build_reason',
  'request_id',
]);

/** Coder's parser for `q`: the filter, or its validation errors. */
export function parseAuditQuery(db: Db, q: string): { filter: AuditFilter; errors: Validation[] } {
  const { tokens, errors } = tokenize(q);
  const values = new Map(tokens.values);
  for (const word of tokens.text.split(' ').filter(Boolean))
    values.set('resource_type', [...(values.get('resource_type') ?? []), word]);
  const filter: AuditFilter = {};
  for (const [key, vals] of values) {
    if (!KEYS.has(key)) {
      errors.push({ field: key, detail: `"${key}" is not a valid query param` });
      continue;
    }
    if (vals.length > 1) {
      errors.push({
        field: key,
        detail: `Query param "${key}" provided more than once, found ${vals.length} times. Only provide 1 instance of this query param.`,
      });
      continue;
    }
    const v = vals[0] ?? '';
    const bad = (why: string) =>
      errors.push({ field: key, detail: `Query param "${key}" has invalid value: ${why}` });
    switch (key) {
      case 'resource_type':
      case 'action':
      case 'build_reason': {
        const allowed: readonly string[] =
          key === 'resource_type' ? RESOURCE_TYPES : key === 'action' ? AUDIT_ACTIONS : BUILD_REASONS;
        if (allowed.includes(v)) filter[key] = v;
        else bad(`"${v}" is not a valid value`);
        break;
      }
      case 'resource_id':
      case 'request_id': {
        const r = parseUuid(v);
        if ('error' in r) errors.push({ field: key, detail: `Query param "${key}" must be a valid uuid` });
        else filter[key] = r.id;
        break;
      }
      case 'date_from':
      case 'date_to': {
        const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
        if (Number.isNaN(t))
          errors.push({
            field: key,
            detail: `Query param "${key}" must be a valid date format (2006-01-02): parsing time "${v}" as "2006-01-02": cannot parse "${v}" as "2006"`,
          });
        else filter[key] = key === 'date_to' ? t + (24 * 3600 - 1) * 1000 : t;
        break;
      }
      case 'organization': {
        const id = parseUuid(v);
        const org = 'id' in id ? undefined : db.org(v);
        if ('id' in id) filter.organization_id = id.id;
        else if (org && v !== 'default') filter.organization_id = org.id;
        else bad(`organization "${v}" either does not exist, or you are unauthorized to view it`);
        break;
      }
      default:
        filter[key as 'resource_target' | 'username' | 'email'] = v;
    }
  }
  return { filter, errors };
}

/** Whether an entry matches (the `WHERE` of Coder's query); `me` is the caller's id for `username:me`. */
export function matchesAudit(db: Db, row: AuditLogRow, f: AuditFilter, me: string): boolean {
  if (f.resource_type && row.resource_type !== f.resource_type) return false;
  if (f.resource_id && row.resource_id !== f.resource_id) return false;
  if (f.organization_id && row.organization_id !== f.organization_id) return false;
  if (f.resource_target && row.resource_target !== f.resource_target) return false;
  if (f.action && row.action !== f.action) return false;
  if (f.username) {
    // `lower(username) = lower(@username) AND deleted = false`
    const id = f.username === 'me' ? me : db.userByUsername(f.username)?.id;
    if (!id || row.user_id !== id) return false;
  }
  if (f.email) {
    const actor = row.user_id ? db.userEvenDeleted(row.user_id) : undefined;
    if (actor?.email !== f.email) return false;
  }
  const t = Date.parse(row.time);
  if (f.date_from !== undefined && t < f.date_from) return false;
  if (f.date_to !== undefined && t > f.date_to) return false;
  if (f.build_reason && buildReason(db, row) !== f.build_reason) return false;
  if (f.request_id && row.request_id !== f.request_id) return false;
  return true;
}

/** The build's reason for a build entry, build #1's for a workspace create (Coder's join). */
function buildReason(db: Db, row: AuditLogRow): string | undefined {
  if (row.resource_type === 'workspace_build') {
    for (const w of db.data.workspaces) {
      const b = w.builds.find((x) => x.id === row.resource_id);
      if (b) return b.reason;
    }
    return undefined;
  }
  if (row.resource_type === 'workspace' && row.action === 'create') {
    const w = db.data.workspaces.find((x) => x.id === row.resource_id);
    return w?.builds.find((b) => b.build_number === 1)?.reason;
  }
  return undefined;
}

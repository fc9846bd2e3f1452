/**
 * `GET /api/v2/audit` (Coder's `auditLogs`): the search grammar (auditSearch.ts), newest first, `limit`
 * 0 = 100. Authorization is a filter, as in Coder's dbauthz: `audit_log:read` site-wide sees everything,
 * an organization auditor sees the entries of the organizations where they hold it, anyone else gets an
 * empty page (200, not 403). Answers on an OSS deployment too (the route is Coder's AGPL code); only
 * the recording stops without the `audit_log` entitlement.
 */
import { http } from 'msw';
import { authed, type Ctx } from '../context';
import type { AuditLogRow, UserRow } from '../db';
import { matchesAudit, parseAuditQuery } from '../auditSearch';
import { json, message, paginate, pagination } from '../responses';
import * as s from '../serialize';
import { api } from './api';

/** Coder counts at most this many matches (a count past it reads "2,000+"). */
export const AUDIT_COUNT_CAP = 2000;

/** Which entries the caller may read: all, the listed organizations' only, or none. */
function readable(ctx: Ctx): 'all' | Set<string> {
  if (ctx.can({ object: { resource_type: 'audit_log' }, action: 'read' })) return 'all';
  const orgs = new Set<string>();
  for (const orgId of ctx.actor.orgRoles.keys())
    if (ctx.can({ object: { resource_type: 'audit_log', organization_id: orgId }, action: 'read' }))
      orgs.add(orgId);
  return orgs;
}

function entry(ctx: Ctx, row: AuditLogRow) {
  const db = ctx.db;
  const actor: UserRow | undefined = row.user_id ? db.userEvenDeleted(row.user_id) : undefined;
  const org = row.organization_id ? db.org(row.organization_id) : undefined;
  const failed = row.status_code >= 400;
  const w =
    row.resource_type === 'workspace' ? db.data.workspaces.find((x) => x.id === row.resource_id) : undefined;
  const target = row.resource_type === 'user' ? db.userEvenDeleted(row.resource_id) : undefined;
  const isDeleted =
    (row.resource_type === 'user' && (!target || target.deleted)) ||
    (row.resource_type === 'workspace' && (!w || w.deleted));
  const owner = w ? db.userEvenDeleted(w.owner_id) : undefined;
  const link = isDeleted
    ? ''
    : row.resource_type === 'user'
      ? `/users?filter=${row.resource_target}`
      : w && owner
        ? `/@${owner.username}/${row.resource_target}`
        : '';
  return {
    id: row.id,
    request_id: row.request_id,
    time: row.time,
    ip: row.ip,
    user_agent: row.user_agent,
    resource_type: row.resource_type,
    resource_id: row.resource_id,
    resource_target: row.resource_target,
    resource_icon: row.resource_icon,
    action: row.action,
    diff: row.diff,
    status_code: row.status_code,
    additional_fields: row.additional_fields,
    description: description(row, failed),
    resource_link: link,
    is_deleted: isDeleted,
    organization_id: row.organization_id ?? '00000000-0000-0000-0000-000000000000',
    ...(org
      ? { organization: { id: org.id, name: org.name, display_name: org.display_name, icon: org.icon } }
      : {}),
    ...(actor ? { user: { ...s.user(db, actor), organization_ids: [] } } : {}),
  };
}

const FRIENDLY: Record<string, string> = {
  create: 'created',
  write: 'updated',
  delete: 'deleted',
  start: 'started',
  stop: 'stopped',
  login: 'logged in',
  logout: 'logged out',
  register: 'registered',
};

/** Coder's `auditLogDescription`, with `{user}` and `{target}` placeholders. */
function description(row: AuditLogRow, failed: boolean): string {
  const verb = failed ? `unsuccessfully attempted to ${row.action}` : (FRIENDLY[row.action] ?? row.action);
  if (row.resource_type === 'api_key' && ['login', 'logout', 'register'].includes(row.action))
    return `{user} ${verb}`;
  return `{user} ${verb} ${row.resource_type.replaceAll('_', ' ')} {target}`;
}

export const auditHandlers = [
  http.get(
    api('/audit'),
    authed((ctx) => {
      const page = pagination(ctx.url);
      if (page instanceof Response) return page;
      const { filter, errors } = parseAuditQuery(ctx.db, ctx.url.searchParams.get('q') ?? '');
      if (errors.length) return message(400, 'Invalid audit search query.', undefined, errors);
      const scope = readable(ctx);
      const me = ctx.actor.user.id;
      const rows = ctx.db.data.auditLogs;
      const matched: AuditLogRow[] = [];
      // Recorded in time order: newest first is the table read backwards.
      for (let i = rows.length - 1; i >= 0; i--) {
        const row = rows[i]!;
        if (scope !== 'all' && !(row.organization_id && scope.has(row.organization_id))) continue;
        if (matchesAudit(ctx.db, row, filter, me)) matched.push(row);
      }
      const limit = page.limit || 100;
      return json({
        audit_logs: paginate(matched, { limit, offset: page.offset }).map((r) => entry(ctx, r)),
        count: Math.min(matched.length, AUDIT_COUNT_CAP),
        count_cap: AUDIT_COUNT_CAP,
      });
    }),
  ),
];

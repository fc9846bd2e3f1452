/** Coder's audit log (Premium `audit_log`): `GET /api/v2/audit?q=&limit=&offset=`. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { pageToWire, type PageParams } from './common';

/** The actions Coder records (the filter offers them; a row shows any action as it comes). */
export const auditActions = [
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

export const auditDiffFieldSchema = z.object({
  old: z.optional(z.unknown()),
  new: z.optional(z.unknown()),
  secret: z._default(z.boolean(), false),
});
export type AuditDiffField = z.infer<typeof auditDiffFieldSchema>;

export const auditLogSchema = z.object({
  id: z.string(),
  time: z.string(),
  ip: z._default(z.string(), ''),
  user_agent: z._default(z.string(), ''),
  /** Free text: Coder adds resource types often, and the page shows them as they come. */
  resource_type: z.string(),
  resource_id: z._default(z.string(), ''),
  resource_target: z._default(z.string(), ''),
  action: z.string(),
  diff: z.pipe(
    z.optional(z.nullable(z.record(z.string(), z.catch(auditDiffFieldSchema, { secret: false })))),
    z.transform((d) => d ?? {}),
  ),
  status_code: z.number(),
  additional_fields: z.optional(z.unknown()),
  description: z._default(z.string(), ''),
  resource_link: z._default(z.string(), ''),
  is_deleted: z._default(z.boolean(), false),
  organization: z.optional(
    z.nullable(
      z.object({
        id: z.string(),
        name: z._default(z.string(), ''),
        display_name: z._default(z.string(), ''),
      }),
    ),
  ),
  user: z.optional(
    z.nullable(
      z.object({
        id: z.string(),
        username: z.string(),
        name: z.optional(z.string()),
        email: z._default(z.string(), ''),
        avatar_url: z.optional(z.string()),
      }),
    ),
  ),
});
export type AuditLog = z.infer<typeof auditLogSchema>;

export const auditLogsResponseSchema = z.object({
  audit_logs: z.pipe(
    z.optional(z.nullable(z.array(auditLogSchema))),
    z.transform((rows) => rows ?? []),
  ),
  count: z.number(),
  count_cap: z.optional(z.number()),
});
export type AuditLogsResponse = z.infer<typeof auditLogsResponseSchema>;

export type AuditListParams = PageParams & { filter: string };

export function fetchAuditLogs(p: AuditListParams, signal?: AbortSignal) {
  return http('/api/v2/audit', {
    query: { q: p.filter, ...pageToWire(p) },
    signal,
    schema: auditLogsResponseSchema,
  });
}

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (p: AuditListParams) => [...auditKeys.lists(), p] as const,
};

export const auditQueries = {
  list: (p: AuditListParams) =>
    queryOptions({
      queryKey: auditKeys.list(p),
      queryFn: ({ signal }) => fetchAuditLogs(p, signal),
      placeholderData: keepPreviousData,
    }),
};

/** A user named by id in an entry's diff (a workspace's ACL, a group's members). */
const userNameSchema = z.object({ id: z.string(), username: z.string() });
export const fetchUserName = (id: string, signal?: AbortSignal) =>
  http(`/api/v2/users/${encodeURIComponent(id)}`, { signal, schema: userNameSchema });
export const auditUserQuery = (id: string) =>
  queryOptions({
    queryKey: [...auditKeys.all, 'user', id] as const,
    queryFn: ({ signal }) => fetchUserName(id, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });

/** A group named by id in an entry's diff (a workspace's group ACL). */
const groupNameSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z._default(z.string(), ''),
});
export const fetchGroupById = (id: string, signal?: AbortSignal) =>
  http(`/api/v2/groups/${encodeURIComponent(id)}`, { signal, schema: groupNameSchema });
export const auditGroupQuery = (id: string) =>
  queryOptions({
    queryKey: [...auditKeys.all, 'group', id] as const,
    queryFn: ({ signal }) => fetchGroupById(id, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });

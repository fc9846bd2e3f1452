import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { coderTime, openEnum, pageToWire, renamed, responseSchema, type PageParams } from './common';
import { coderNameSchema, displayNameSchema } from './organizations';

export const reducedUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.optional(z.string()),
  email: z.string(),
  avatar_url: z.optional(z.string()),
  created_at: z.string(),
  updated_at: z.optional(z.string()),
  last_seen_at: coderTime,
  status: z.optional(openEnum(['active', 'dormant', 'suspended'], 'active')),
  login_type: z.optional(z.string()),
  is_service_account: z.optional(z.boolean()),
});
export type ReducedUser = z.infer<typeof reducedUserSchema>;

export const groupSources = ['user', 'oidc'] as const;
export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z._default(z.string(), ''),
  organization_id: z.string(),
  organization_name: z._default(z.string(), ''),
  organization_display_name: z._default(z.string(), ''),
  members: z._default(z.nullable(z.array(reducedUserSchema)), []),
  total_member_count: z._default(z.number(), 0),
  avatar_url: z._default(z.string(), ''),
  quota_allowance: z._default(z.number(), 0),
  source: openEnum(groupSources, 'user'),
});
export type Group = z.infer<typeof groupSchema>;

/**
 * A group without its member list. Coder's group lists always carry every member (thousands in big
 * deployments); pickers that need only names and counts parse this, so those members are skipped.
 */
export const groupSummarySchema = z.omit(groupSchema, { members: true });
export type GroupSummary = z.infer<typeof groupSummarySchema>;

/** Create/edit form; field names are `CreateGroupRequest` / `PatchGroupRequest` keys. */
export const groupFormSchema = z.object({
  name: coderNameSchema(255).check(
    z.refine((v) => v.toLowerCase() !== 'everyone', '"Everyone" is reserved.'),
  ),
  display_name: displayNameSchema,
  avatar_url: z.string(),
  quota_allowance: z
    .number({ error: 'Enter a number.' })
    .check(z.int('Whole numbers only.'), z.gte(0, 'Cannot be negative.')),
});
export type GroupForm = z.infer<typeof groupFormSchema>;

export type GroupPatch = Partial<GroupForm> & { add_users?: string[]; remove_users?: string[] };

export const groupMembersSchema = z.object({
  users: z.pipe(
    z.nullable(z.array(reducedUserSchema)),
    z.transform((u) => u ?? []),
  ),
  count: z.number(),
});
export type GroupMembers = z.infer<typeof groupMembersSchema>;
export type GroupMemberParams = PageParams & { filter: string };

const orgGroupsPath = (org: string) => `/api/v2/organizations/${encodeURIComponent(org)}/groups`;
const groupPath = (id: string) => `/api/v2/groups/${encodeURIComponent(id)}`;

export const fetchOrgGroups = (org: string, signal?: AbortSignal) =>
  http(orgGroupsPath(org), { signal, schema: z.array(groupSchema) });
export const fetchGroupByName = (org: string, name: string, signal?: AbortSignal) =>
  http(`${orgGroupsPath(org)}/${encodeURIComponent(name)}`, { signal, schema: groupSchema });
export const fetchGroupMembers = (id: string, p: GroupMemberParams, signal?: AbortSignal) =>
  http(`${groupPath(id)}/members`, {
    query: { q: p.filter, ...pageToWire(p) },
    signal,
    schema: groupMembersSchema,
  });
export const createGroup = (org: string, body: GroupForm) =>
  http(orgGroupsPath(org), { method: 'POST', body, schema: groupSchema });
export const patchGroup = (id: string, body: GroupPatch) =>
  http(groupPath(id), { method: 'PATCH', body, schema: groupSchema });
export const deleteGroup = (id: string) => http(groupPath(id), { method: 'DELETE', schema: responseSchema });

export const groupKeys = {
  all: ['groups'] as const,
  /** Everything about one organization's groups (lists and details by name). */
  org: (orgId: string) => [...groupKeys.all, 'org', orgId] as const,
  list: (orgId: string) => [...groupKeys.org(orgId), 'list'] as const,
  detail: (orgId: string, name: string) => [...groupKeys.org(orgId), 'detail', name] as const,
  members: (groupId: string) => [...groupKeys.all, 'members', groupId] as const,
  /** The groups each user is in (a user page's card): any membership change touches them. */
  ofUsers: () => [...groupKeys.all, 'ofUser'] as const,
  ofUser: (user: string) => [...groupKeys.ofUsers(), user] as const,
  memberList: (groupId: string, p: GroupMemberParams) => [...groupKeys.members(groupId), p] as const,
};

export const groupsQueries = {
  list: (orgId: string) =>
    queryOptions({ queryKey: groupKeys.list(orgId), queryFn: ({ signal }) => fetchOrgGroups(orgId, signal) }),
  detail: (orgId: string, name: string) =>
    queryOptions({
      queryKey: groupKeys.detail(orgId, name),
      queryFn: ({ signal }) => fetchGroupByName(orgId, name, signal),
    }),
  members: (groupId: string, p: GroupMemberParams) =>
    queryOptions({
      queryKey: groupKeys.memberList(groupId, p),
      queryFn: ({ signal }) => fetchGroupMembers(groupId, p, signal),
      placeholderData: keepPreviousData,
    }),
};

export function useCreateGroup(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupForm) => createGroup(orgId, body),
    onSuccess: (g) => {
      qc.setQueryData(groupKeys.detail(orgId, g.name), g);
      return qc.invalidateQueries({ queryKey: groupKeys.list(orgId) });
    },
  });
}

/** Settings and membership edits; a rename moves the detail key. */
export function usePatchGroup(group: Group) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupPatch) => patchGroup(group.id, body),
    onSuccess: (g, body) => {
      if (g.name !== group.name) renamed(qc, groupKeys.detail(g.organization_id, group.name), g);
      qc.setQueryData(groupKeys.detail(g.organization_id, g.name), g);
      return Promise.all([
        qc.invalidateQueries({ queryKey: groupKeys.list(g.organization_id) }),
        body.add_users || body.remove_users
          ? qc.invalidateQueries({ queryKey: groupKeys.members(g.id) })
          : undefined,
        qc.invalidateQueries({ queryKey: groupKeys.ofUsers() }),
      ]);
    },
  });
}

export function useDeleteGroup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (g: Group) => deleteGroup(g.id),
    onSuccess: (_, g) => {
      qc.removeQueries({ queryKey: groupKeys.detail(g.organization_id, g.name) });
      qc.removeQueries({ queryKey: groupKeys.members(g.id) });
      return Promise.all([
        qc.invalidateQueries({ queryKey: groupKeys.list(g.organization_id) }),
        qc.invalidateQueries({ queryKey: groupKeys.ofUsers() }),
      ]);
    },
  });
}

import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { authcheckKeys } from './authcheck';
import { coderTime, pageToWire, slimRoleSchema, type PageParams } from './common';
import { groupKeys } from './groups';
import { organizationKeys } from './organizations';

export const organizationMemberSchema = z.object({
  user_id: z.string(),
  organization_id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  roles: z._default(z.nullable(z.array(slimRoleSchema)), []),
});
export type OrganizationMember = z.infer<typeof organizationMemberSchema>;

export const memberWithUserDataSchema = z.extend(organizationMemberSchema, {
  username: z.string(),
  name: z.optional(z.string()),
  avatar_url: z.optional(z.string()),
  email: z.string(),
  status: z.optional(z.string()),
  login_type: z.optional(z.string()),
  last_seen_at: coderTime,
  is_service_account: z.optional(z.boolean()),
  global_roles: z._default(z.nullable(z.array(slimRoleSchema)), []),
});
export type MemberWithUserData = z.infer<typeof memberWithUserDataSchema>;

/** `PaginatedMembersResponse` (swagger wrongly says an array). */
export const paginatedMembersSchema = z.object({
  members: z.array(memberWithUserDataSchema),
  count: z.number(),
});
export type PaginatedMembers = z.infer<typeof paginatedMembersSchema>;

export type MemberListParams = PageParams & { filter: string };

const membersPath = (org: string) => `/api/v2/organizations/${encodeURIComponent(org)}/members`;

export const fetchMembers = (org: string, p: MemberListParams, signal?: AbortSignal) =>
  http(`/api/v2/organizations/${encodeURIComponent(org)}/paginated-members`, {
    query: { q: p.filter, ...pageToWire(p) },
    signal,
    schema: paginatedMembersSchema,
  });
export const addMember = (org: string, user: string) =>
  http(`${membersPath(org)}/${encodeURIComponent(user)}`, {
    method: 'POST',
    schema: organizationMemberSchema,
  });
export const removeMember = (org: string, user: string) =>
  http(`${membersPath(org)}/${encodeURIComponent(user)}`, { method: 'DELETE' });
export const updateMemberRoles = (org: string, user: string, roles: string[]) =>
  http(`${membersPath(org)}/${encodeURIComponent(user)}/roles`, {
    method: 'PUT',
    body: { roles },
    schema: organizationMemberSchema,
  });

/** Keys are per organization id. */
export const memberKeys = {
  all: ['members'] as const,
  org: (orgId: string) => [...memberKeys.all, orgId] as const,
  lists: (orgId: string) => [...memberKeys.org(orgId), 'list'] as const,
  list: (orgId: string, p: MemberListParams) => [...memberKeys.lists(orgId), p] as const,
};

export const membersQueries = {
  list: (orgId: string, p: MemberListParams) =>
    queryOptions({
      queryKey: memberKeys.list(orgId, p),
      queryFn: ({ signal }) => fetchMembers(orgId, p, signal),
      placeholderData: keepPreviousData,
    }),
};

/** Membership changes touch the org's member lists, its groups (Everyone) and possibly our own permissions. */
function useMembershipInvalidation(orgId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
      qc.invalidateQueries({ queryKey: groupKeys.org(orgId) }),
      qc.invalidateQueries({ queryKey: groupKeys.members(orgId) }),
      qc.invalidateQueries({ queryKey: groupKeys.ofUsers() }),
      qc.invalidateQueries({ queryKey: organizationKeys.ofUsers() }),
      qc.invalidateQueries({ queryKey: authcheckKeys.org(orgId) }),
    ]);
}

export function useAddMember(orgId: string) {
  const invalidate = useMembershipInvalidation(orgId);
  return useMutation({ mutationFn: (userId: string) => addMember(orgId, userId), onSuccess: invalidate });
}

export function useRemoveMember(orgId: string) {
  const invalidate = useMembershipInvalidation(orgId);
  return useMutation({ mutationFn: (userId: string) => removeMember(orgId, userId), onSuccess: invalidate });
}

export function useUpdateMemberRoles(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { userId: string; roles: string[] }) => updateMemberRoles(orgId, v.userId, v.roles),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
        qc.invalidateQueries({ queryKey: authcheckKeys.all }),
      ]),
  });
}

import {
  keepPreviousData,
  queryOptions,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { authcheckKeys } from './authcheck';
import { coderTime, pageToWire, slimRoleSchema, type PageParams, type SlimRole } from './common';
import { groupKeys, patchGroup } from './groups';
import { organizationKeys } from './organizations';
import { edit, useReversibleMutation } from './reversible';

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
function membershipInvalidation(qc: QueryClient, orgId: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
    qc.invalidateQueries({ queryKey: groupKeys.org(orgId) }),
    qc.invalidateQueries({ queryKey: groupKeys.members(orgId) }),
    qc.invalidateQueries({ queryKey: groupKeys.ofUsers() }),
    qc.invalidateQueries({ queryKey: organizationKeys.ofUsers() }),
    qc.invalidateQueries({ queryKey: authcheckKeys.org(orgId) }),
  ]);
}

const byUsername = (a: MemberWithUserData, b: MemberWithUserData) => {
  const [x, y] = [a.username.toLowerCase(), b.username.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * A new member in a cached page, where the server will put it: only in unfiltered lists (a filter's
 * matches are the server's to say), between the page's first and last rows (by username, the server's
 * order), the page trimmed to its size.
 */
function insertMember(old: PaginatedMembers, key: QueryKey, m: MemberWithUserData): PaginatedMembers {
  const p = key[3] as MemberListParams | undefined;
  if (!p || p.filter.trim() !== '' || old.members.some((x) => x.user_id === m.user_id)) return old;
  const first = old.members[0];
  const last = old.members.at(-1);
  const full = old.members.length >= p.pageSize;
  const fits =
    (p.page === 1 || (first !== undefined && byUsername(first, m) < 0)) &&
    (!full || (last !== undefined && byUsername(m, last) < 0));
  const members = fits ? [...old.members, m].sort(byUsername).slice(0, p.pageSize) : old.members;
  return { members, count: old.count + 1 };
}

export type MembershipChange = {
  change: 'add' | 'remove';
  member: MemberWithUserData;
  /** Groups of the organization the member is in: a removal drops them, so adding back restores them. */
  groupIds?: string[];
};

/**
 * Adds or removes an organization member, shown at once. Adding back (the Undo of a removal) also puts
 * back the member's explicit roles and groups, which the removal dropped.
 */
export function useOrgMembership(orgId: string) {
  const qc = useQueryClient();
  return useReversibleMutation({
    mutationFn: async ({ change, member, groupIds = [] }: MembershipChange) => {
      if (change === 'remove') return void (await removeMember(orgId, member.user_id));
      await addMember(orgId, member.user_id);
      const roles = (member.roles ?? []).map((r) => r.name);
      if (roles.length) await updateMemberRoles(orgId, member.user_id, roles);
      await Promise.all(groupIds.map((g) => patchGroup(g, { add_users: [member.user_id] })));
    },
    optimistic: ({ change, member }) => [
      edit(memberKeys.lists(orgId), (old: PaginatedMembers, key) =>
        change === 'add'
          ? insertMember(old, key, member)
          : old.members.some((x) => x.user_id === member.user_id)
            ? { members: old.members.filter((x) => x.user_id !== member.user_id), count: old.count - 1 }
            : old,
      ),
    ],
    settled: () => membershipInvalidation(qc, orgId),
    inverse: (v): MembershipChange => ({ ...v, change: v.change === 'add' ? 'remove' : 'add' }),
  });
}

export type MemberRolesChange = { member: MemberWithUserData; roles: SlimRole[] };

/** Replaces a member's explicit organization roles, shown at once; its inverse puts the previous ones back. */
export function useUpdateMemberRoles(orgId: string) {
  const qc = useQueryClient();
  return useReversibleMutation({
    mutationFn: ({ member, roles }: MemberRolesChange) =>
      updateMemberRoles(
        orgId,
        member.user_id,
        roles.map((r) => r.name),
      ),
    optimistic: ({ member, roles }) => [
      edit(memberKeys.lists(orgId), (old: PaginatedMembers) => ({
        ...old,
        members: old.members.map((m) => (m.user_id === member.user_id ? { ...m, roles } : m)),
      })),
    ],
    settled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
        qc.invalidateQueries({ queryKey: authcheckKeys.all }),
      ]),
    inverse: ({ member, roles }): MemberRolesChange => ({
      member: { ...member, roles },
      roles: member.roles ?? [],
    }),
  });
}

/** Group membership as a reversible change (issue #17 §4); apart from groups.ts, which every users page loads. */
import { useQueryClient } from '@tanstack/react-query';
import {
  groupKeys,
  patchGroup,
  type Group,
  type GroupMemberParams,
  type GroupMembers,
  type ReducedUser,
} from './groups';
import { edit, useReversibleMutation } from './reversible';

export type GroupMembershipChange = { add?: ReducedUser[]; remove?: ReducedUser[] };

/**
 * Adds and removes group members in one PATCH, shown at once in the group and its member lists; the
 * inverse swaps who is added and who is removed. (Only people not yet in the group are added: the
 * picker offers no one else, so the inverse removes exactly them.)
 */
export function useGroupMembership(group: Group) {
  const qc = useQueryClient();
  const apply = (users: ReducedUser[], { add = [], remove = [] }: GroupMembershipChange) => {
    const gone = new Set([...add, ...remove].map((u) => u.id));
    const kept = users.filter((u) => !gone.has(u.id));
    return [...kept, ...add].sort((a, b) => a.username.localeCompare(b.username));
  };
  const delta = (v: GroupMembershipChange) => (v.add?.length ?? 0) - (v.remove?.length ?? 0);
  return useReversibleMutation({
    mutationFn: ({ add = [], remove = [] }: GroupMembershipChange) =>
      patchGroup(group.id, {
        ...(add.length ? { add_users: add.map((u) => u.id) } : {}),
        ...(remove.length ? { remove_users: remove.map((u) => u.id) } : {}),
      }),
    optimistic: (v) => [
      edit(groupKeys.detail(group.organization_id, group.name), (g: Group) => ({
        ...g,
        members: apply(g.members ?? [], v),
        total_member_count: g.total_member_count + delta(v),
      })),
      // Additions are left to the refetch in filtered or paged lists, where the server decides the place.
      edit(groupKeys.members(group.id), (old: GroupMembers, key) => {
        const p = key[3] as GroupMemberParams | undefined;
        const placed = p?.filter.trim() === '' && p.page === 1 ? v : { remove: v.remove };
        const users = apply(old.users, placed);
        return { users: p ? users.slice(0, p.pageSize) : users, count: old.count + delta(v) };
      }),
    ],
    settled: (_v, g) => {
      const detail = groupKeys.detail(group.organization_id, group.name);
      if (g) qc.setQueryData(detail, g);
      return Promise.all([
        g ? undefined : qc.invalidateQueries({ queryKey: detail }),
        qc.invalidateQueries({ queryKey: groupKeys.list(group.organization_id) }),
        qc.invalidateQueries({ queryKey: groupKeys.members(group.id) }),
        qc.invalidateQueries({ queryKey: groupKeys.ofUsers() }),
      ]);
    },
    inverse: ({ add, remove }): GroupMembershipChange => ({ add: remove, remove: add }),
  });
}

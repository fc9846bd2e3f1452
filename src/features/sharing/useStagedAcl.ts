import { useMemo, useState } from 'react';
import type { AclPatch, AclRole, WorkspaceAcl } from '../../api/workspaceAcl';
import { plural } from '../../lib/plural';

export type AccessRow = {
  kind: 'user' | 'group';
  id: string;
  name: string;
  secondary?: string;
  avatarUrl?: string;
  memberCount?: number;
  role: AclRole;
  /** Staged: not yet saved. */
  added: boolean;
  removed: boolean;
  changed: boolean;
};
export type NewSharee = Omit<AccessRow, 'role' | 'added' | 'removed' | 'changed'>;

type Staged = { role: AclRole | ''; info?: NewSharee };
const key = (kind: 'user' | 'group', id: string) => `${kind}:${id}`;

/** The role the server's ACL gives a row's user or group. */
const savedRole = (acl: WorkspaceAcl | undefined, r: Pick<AccessRow, 'kind' | 'id'>) =>
  (r.kind === 'user' ? acl?.users : acl?.group)?.find((x) => x.id === r.id)?.role;

/** Share-dialog edits kept locally until Save; the server's ACL stays the base (kept on failure). */
export function useStagedAcl(acl: WorkspaceAcl | undefined) {
  const [staged, setStaged] = useState<Map<string, Staged>>(new Map());
  const rows = useMemo(() => {
    const base: AccessRow[] = [
      ...(acl?.users ?? []).map((u) => ({
        kind: 'user' as const,
        id: u.id,
        name: u.username,
        secondary: u.name,
        avatarUrl: u.avatar_url,
        role: u.role,
      })),
      ...(acl?.group ?? []).map((g) => ({
        kind: 'group' as const,
        id: g.id,
        name: g.display_name || g.name,
        secondary: plural(g.total_member_count, 'member'),
        avatarUrl: g.avatar_url,
        memberCount: g.total_member_count,
        role: g.role,
      })),
    ].map((r) => {
      const s = staged.get(key(r.kind, r.id));
      return {
        ...r,
        role: s && s.role ? s.role : r.role,
        added: false,
        removed: s?.role === '',
        changed: Boolean(s && s.role && s.role !== r.role),
      };
    });
    const present = new Set(base.map((r) => key(r.kind, r.id)));
    const added = [...staged.values()]
      .filter((s) => s.info && s.role && !present.has(key(s.info.kind, s.info.id)))
      .map((s) => ({
        ...(s.info as NewSharee),
        role: s.role as AclRole,
        added: true,
        removed: false,
        changed: false,
      }));
    return [...base, ...added];
  }, [acl, staged]);

  const set = (kind: 'user' | 'group', id: string, s: Staged | undefined) =>
    setStaged((prev) => {
      const next = new Map(prev);
      if (s) next.set(key(kind, id), s);
      else next.delete(key(kind, id));
      return next;
    });
  const patch: AclPatch = {};
  for (const [k, s] of staged) {
    const [kind, id = ''] = k.split(':');
    const field = kind === 'user' ? 'user_roles' : 'group_roles';
    (patch[field] ??= {})[id] = s.role;
  }
  return {
    rows,
    patch,
    /** The ACL as it will be once saved (shown at once on Save), from `acl` and the staged rows. */
    after: (organizationId: string): WorkspaceAcl => nextAcl(acl, rows, organizationId),
    dirty: staged.size > 0,
    removesSomeone: [...staged.values()].some((s) => s.role === ''),
    add: (info: NewSharee, role: AclRole = 'use') => set(info.kind, info.id, { role, info }),
    /** Back to the role the server has is no change at all (nothing to save, no PATCH). */
    setRole: (r: AccessRow, role: AclRole) =>
      set(
        r.kind,
        r.id,
        !r.added && role === savedRole(acl, r) ? undefined : { role, info: r.added ? r : undefined },
      ),
    remove: (r: AccessRow) => set(r.kind, r.id, r.added ? undefined : { role: '' }),
    undo: (r: AccessRow) => set(r.kind, r.id, undefined),
    reset: () => setStaged(new Map()),
  };
}
export type StagedAcl = ReturnType<typeof useStagedAcl>;

/** Kept rows with their staged roles; a new group gets the fields its row knows, the rest empty until refetched. */
function nextAcl(acl: WorkspaceAcl | undefined, rows: AccessRow[], organizationId: string): WorkspaceAcl {
  const kept = rows.filter((r) => !r.removed);
  return {
    users: kept
      .filter((r) => r.kind === 'user')
      .map((r) => {
        const was = acl?.users.find((u) => u.id === r.id);
        return was
          ? { ...was, role: r.role }
          : { id: r.id, username: r.name, name: r.secondary, avatar_url: r.avatarUrl, role: r.role };
      }),
    group: kept
      .filter((r) => r.kind === 'group')
      .map((r) => {
        const was = acl?.group.find((g) => g.id === r.id);
        return was
          ? { ...was, role: r.role }
          : {
              id: r.id,
              name: r.name,
              display_name: r.name,
              organization_id: organizationId,
              organization_name: '',
              organization_display_name: '',
              members: [],
              total_member_count: r.memberCount ?? 0,
              avatar_url: r.avatarUrl ?? '',
              quota_allowance: 0,
              source: 'user' as const,
              role: r.role,
            };
      }),
  };
}

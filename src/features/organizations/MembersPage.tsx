import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { authQueries } from '../../api/auth';
import type { OrgPermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import { groupsQueries } from '../../api/groups';
import { claimsFeeding, idpSyncQueries } from '../../api/idpSync';
import { membersQueries, useOrgMembership, type MemberWithUserData } from '../../api/members';
import type { Organization } from '../../api/organizations';
import { rolesQueries } from '../../api/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { paths } from '../../lib/paths';
import { useOfferUndo } from '../../components/useOfferUndo';
import { useListQuery } from '../../lib/useListQuery';
import { AddMemberDialog } from './AddMemberDialog';
import { EditMemberRolesDialog } from './EditMemberRolesDialog';
import { MembersPageView, type MemberAction } from './MembersPageView';

export function MembersPage({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const members = useListQuery({
    query: (p) => membersQueries.list(org.id, p),
    page: (d) => ({ rows: d.members, count: d.count }),
  });
  const roles = useQuery({ ...rolesQueries.org(org.id), enabled: perms.viewOrgRoles });
  const groupsOn = useFeature('template_rbac') === true && perms.viewGroups;
  const groups = useQuery({ ...groupsQueries.list(org.id), enabled: groupsOn });
  const me = useQuery(authQueries.me()).data;
  const membership = useOrgMembership(org.id);
  const offerUndo = useOfferUndo();
  const [action, setAction] = useState<MemberAction>();

  /** user id → the (non-Everyone) groups they are in. */
  const groupsOf = useMemo(() => {
    const m = new Map<string, { id: string; label: string }[]>();
    for (const g of groups.data ?? []) {
      if (g.id === g.organization_id) continue;
      for (const u of g.members ?? [])
        m.set(u.id, [...(m.get(u.id) ?? []), { id: g.id, label: g.display_name || g.name }]);
    }
    return m;
  }, [groups.data]);
  const sync = useQuery({ ...idpSyncQueries.groups(org.id), enabled: groupsOn && perms.viewIdpSyncSettings });
  /** Groups fed by IdP group sync link to their mapping (for those who may read it). */
  const synced = useMemo(() => {
    const out = new Set<string>();
    if (!sync.data) return out;
    for (const g of groups.data ?? [])
      if (g.source === 'oidc' || claimsFeeding(sync.data.mapping, g.id).length > 0) out.add(g.id);
    return out;
  }, [groups.data, sync.data]);
  const groupsByUser = useMemo(
    () =>
      new Map(
        [...groupsOf].map(([id, gs]) => [
          id,
          gs.map((g) => ({
            label: g.label,
            syncTo: synced.has(g.id) ? paths.organizationIdpSync(org.name, g.id) : undefined,
          })),
        ]),
      ),
    [groupsOf, synced, org.name],
  );
  const orgName = org.display_name || org.name;
  /** Removed at once; Undo adds them back with their roles and groups (the removal drops both). */
  const removeMember = (member: MemberWithUserData) => {
    const v = {
      change: 'remove' as const,
      member,
      groupIds: (groupsOf.get(member.user_id) ?? []).map((g) => g.id),
    };
    return membership.mutateAsync(v).then(() =>
      offerUndo({
        text: `${member.username} removed from ${orgName}.`,
        what: `remove ${member.username}`,
        undo: membership.undoFor(v, undefined),
        undone: `${member.username} is a member of ${orgName} again.`,
      }),
    );
  };

  return (
    <>
      <MembersPageView
        members={members}
        groupsByUser={groupsOn ? groupsByUser : undefined}
        meId={me?.id}
        can={{ add: perms.editMembers, remove: perms.editMembers, editRoles: perms.assignOrgRoles }}
        onAction={setAction}
      />
      {action?.kind === 'add' && (
        <AddMemberDialog
          orgId={org.id}
          orgName={org.display_name || org.name}
          onClose={() => setAction(undefined)}
        />
      )}
      {action?.kind === 'roles' && (
        <EditMemberRolesDialog
          defaults={org.default_org_member_roles}
          orgId={org.id}
          member={action.member}
          roles={roles.data}
          rolesError={roles.error ?? undefined}
          onRetryRoles={() => void roles.refetch()}
          onClose={() => setAction(undefined)}
        />
      )}
      {action?.kind === 'remove' && (
        <ConfirmDialog
          title={`Remove ${action.member.username}?`}
          confirmLabel="Remove member"
          destructive
          onConfirm={() => removeMember(action.member)}
          onClose={() => setAction(undefined)}
        >
          {removalText(action.member, org)}
        </ConfirmDialog>
      )}
    </>
  );
}

const removalText = (m: MemberWithUserData, org: Organization) =>
  `${m.username} loses access to ${org.display_name || org.name}, its templates and its groups. Their workspaces stay.`;

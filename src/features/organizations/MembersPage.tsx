import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { authQueries } from '../../api/auth';
import type { OrgPermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import { groupsQueries } from '../../api/groups';
import { membersQueries, useRemoveMember, type MemberWithUserData } from '../../api/members';
import type { Organization } from '../../api/organizations';
import { rolesQueries } from '../../api/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useListState } from '../../lib/listState';
import { AddMemberDialog } from './AddMemberDialog';
import { EditMemberRolesDialog } from './EditMemberRolesDialog';
import { MembersPageView, type MemberAction } from './MembersPageView';

export function MembersPage({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const list = useListState();
  const members = useQuery(
    membersQueries.list(org.id, { filter: list.filter, page: list.page, pageSize: list.pageSize }),
  );
  const roles = useQuery({ ...rolesQueries.org(org.id), enabled: perms.viewOrgRoles });
  const groupsOn = useFeature('template_rbac') === true && perms.viewGroups;
  const groups = useQuery({ ...groupsQueries.list(org.id), enabled: groupsOn });
  const me = useQuery(authQueries.me()).data;
  const remove = useRemoveMember(org.id);
  const [action, setAction] = useState<MemberAction>();

  /** user id → names of the (non-Everyone) groups they are in. */
  const groupsByUser = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const g of groups.data ?? []) {
      if (g.id === g.organization_id) continue;
      for (const u of g.members ?? []) m.set(u.id, [...(m.get(u.id) ?? []), g.display_name || g.name]);
    }
    return m;
  }, [groups.data]);

  return (
    <>
      <MembersPageView
        list={list}
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
      {action?.kind === 'roles' && roles.data && (
        <EditMemberRolesDialog
          defaults={org.default_org_member_roles}
          orgId={org.id}
          member={action.member}
          roles={roles.data}
          onClose={() => setAction(undefined)}
        />
      )}
      {action?.kind === 'remove' && (
        <ConfirmDialog
          title={`Remove ${action.member.username}?`}
          confirmLabel="Remove member"
          destructive
          onConfirm={() => remove.mutateAsync(action.member.user_id)}
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

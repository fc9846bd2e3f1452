import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useOrgPermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import { groupsQueries, useDeleteGroup, type Group, type ReducedUser } from '../../api/groups';
import { useGroupMembership } from '../../api/groupMembership';
import { organizationsQueries } from '../../api/organizations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useOfferUndo } from '../../components/useOfferUndo';
import { Loader } from '../../components/Loader';
import { NeedsPremium } from '../../components/NeedsPremium';
import { NotFoundPage } from '../../components/StatusPage';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog';
import { isApiError } from '../../lib/http';
import { useListState } from '../../lib/listState';
import { paths } from '../../lib/paths';
import { AddGroupMemberDialog } from './AddGroupMemberDialog';
import { groupLabel } from './groupLabel';
import { EditGroupDialog } from './GroupFormDialog';
import { GroupPageView, type GroupAction } from './GroupPageView';

/** `/groups/:organization/:groupName`. */
export function GroupPage({ orgRef, groupName }: { orgRef: string; groupName: string }) {
  const premium = useFeature('template_rbac');
  const org = useQuery(organizationsQueries.detail(orgRef));
  const group = useQuery({
    ...groupsQueries.detail(org.data?.id ?? '', groupName),
    enabled: Boolean(org.data) && premium === true,
  });
  const permsQuery = useOrgPermissions(org.data?.id);
  const perms = permsQuery.data;
  if (premium === false) return <NeedsPremium feature="Groups" />;
  const error = org.error ?? group.error;
  if (error)
    return isApiError(error) && error.status === 404 ? <NotFoundPage /> : <ErrorAlert error={error} />;
  if (permsQuery.isError && !perms) {
    return (
      <ErrorAlert
        error={permsQuery.error}
        title="Could not check your permissions"
        onRetry={() => void permsQuery.refetch()}
      />
    );
  }
  if (!group.data || !perms) return <Loader />;
  return (
    <GroupDetail
      group={group.data}
      can={{ edit: perms.editGroups, delete: perms.deleteGroups }}
      idpSyncTo={
        perms.viewIdpSyncSettings
          ? paths.organizationIdpSync(group.data.organization_name, group.data.id)
          : undefined
      }
    />
  );
}

function GroupDetail({
  group,
  can,
  idpSyncTo,
}: {
  group: Group;
  can: { edit: boolean; delete: boolean };
  idpSyncTo?: string;
}) {
  const list = useListState();
  const members = useQuery(
    groupsQueries.members(group.id, { filter: list.filter, page: list.page, pageSize: list.pageSize }),
  );
  const membership = useGroupMembership(group);
  const offerUndo = useOfferUndo();
  const del = useDeleteGroup();
  const navigate = useNavigate();
  const [action, setAction] = useState<GroupAction>();
  const close = () => setAction(undefined);
  const everyone = group.id === group.organization_id;
  /** The row goes at once; Undo adds them back. */
  const removeFromGroup = (user: ReducedUser) => {
    const v = { remove: [user] };
    return membership.mutateAsync(v).then((g) =>
      offerUndo({
        text: `${user.username} removed from ${groupLabel(group)}.`,
        what: `remove ${user.username} from ${groupLabel(group)}`,
        undo: membership.undoFor(v, g),
        undone: `${user.username} is back in ${groupLabel(group)}.`,
      }),
    );
  };
  const manual = !everyone && group.source === 'user';
  return (
    <>
      <GroupPageView
        group={group}
        members={members}
        list={list}
        can={{
          edit: can.edit,
          delete: can.delete && !everyone,
          editMembers: can.edit && manual,
        }}
        onAction={setAction}
        idpSyncTo={idpSyncTo}
      />
      {action?.kind === 'edit' && (
        <EditGroupDialog
          orgId={group.organization_id}
          group={group}
          onClose={close}
          onSaved={(g) => {
            close();
            if (g.name !== group.name)
              navigate(paths.group(group.organization_name, g.name), { replace: true });
          }}
        />
      )}
      {action?.kind === 'add' && <AddGroupMemberDialog group={group} onClose={close} />}
      {action?.kind === 'remove' && (
        <ConfirmDialog
          title={`Remove ${action.user.username} from ${groupLabel(group)}?`}
          confirmLabel="Remove from group"
          destructive
          onConfirm={() => removeFromGroup(action.user)}
          onClose={close}
        >
          {removeText(action.user)}
        </ConfirmDialog>
      )}
      {action?.kind === 'delete' && (
        <TypedConfirmDialog
          title={`Delete ${groupLabel(group)}?`}
          expected={group.name}
          confirmLabel="Delete group"
          onConfirm={() =>
            del.mutateAsync(group).then(() => navigate(paths.organizationGroups(group.organization_name)))
          }
          onClose={close}
        >
          Members lose the templates and quota this group grants them. Nobody leaves the organization.
        </TypedConfirmDialog>
      )}
    </>
  );
}

const removeText = (u: ReducedUser) =>
  `${u.username} stays in the organization but loses what this group grants.`;

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrgPermissions } from '../../api/authcheck';
import type { AssignableRole } from '../../api/common';
import { useFeature } from '../../api/deployment';
import type { Organization } from '../../api/organizations';
import { wholeListView } from '../../lib/useListQuery';
import { rolesQueries, useDeleteCustomRole } from '../../api/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RolePermissionsDialog } from './RolePermissionsDialog';
import { RolesPageView } from './RolesPageView';

export type RoleAction = { kind: 'view'; role: AssignableRole } | { kind: 'delete'; role: AssignableRole };

export function RolesPage({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const roles = useQuery(rolesQueries.org(org.id));
  const premium = useFeature('custom_roles');
  const del = useDeleteCustomRole(org.id);
  const [action, setAction] = useState<RoleAction>();
  return (
    <>
      <RolesPageView
        org={org}
        roles={wholeListView(roles)}
        premium={premium !== false}
        can={{
          create: perms.createOrgRoles && premium === true,
          update: perms.updateOrgRoles && premium === true,
          delete: perms.deleteOrgRoles && premium === true,
        }}
        onAction={setAction}
      />
      {action?.kind === 'view' && (
        <RolePermissionsDialog role={action.role} onClose={() => setAction(undefined)} />
      )}
      {action?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete the role ${action.role.display_name || action.role.name}?`}
          confirmLabel="Delete role"
          destructive
          onConfirm={() => del.mutateAsync(action.role.name)}
          onClose={() => setAction(undefined)}
        >
          Members who hold it lose its permissions right away.
        </ConfirmDialog>
      )}
    </>
  );
}

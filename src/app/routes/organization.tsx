import { Navigate, Route, Routes, useParams } from 'react-router';
import { ForbiddenPage, NotFoundPage } from '../../components/StatusPage';
import { GroupsPage } from '../../features/groups/GroupsPage';
import { CustomRolePage } from '../../features/organizations/CustomRolePage';
import { MembersPage } from '../../features/organizations/MembersPage';
import { OrganizationLayout } from '../../features/organizations/OrganizationLayout';
import { OrganizationSettingsPage } from '../../features/organizations/OrganizationSettingsPage';
import { RolesPage } from '../../features/organizations/RolesPage';
import { OrgSharingSettingsCard } from '../../features/sharing/OrgSharingSettingsCard';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

/** `/organizations/:organization/*`: the organization's tabs (members, groups, roles, sharing, settings). */
export function Component() {
  const { organization = '' } = useParams();
  return (
    <OrganizationLayout orgRef={organization}>
      {(org, perms) => (
        <Routes>
          <Route index element={<Navigate to={perms.viewMembers ? 'members' : 'settings'} replace />} />
          <Route path="settings" element={<OrganizationSettingsPage org={org} perms={perms} />} />
          <Route
            path="members"
            element={
              perms.viewMembers ? <MembersPage org={org} perms={perms} /> : <ForbiddenPage what="members" />
            }
          />
          <Route
            path="groups"
            element={
              perms.viewGroups ? <GroupsPage org={org} perms={perms} /> : <ForbiddenPage what="groups" />
            }
          />
          <Route
            path="roles"
            element={
              perms.viewOrgRoles ? <RolesPage org={org} perms={perms} /> : <ForbiddenPage what="roles" />
            }
          />
          <Route path="roles/:roleName" element={<CustomRolePage org={org} perms={perms} />} />
          <Route
            path="sharing"
            element={<OrgSharingSettingsCard organizationId={org.id} canEdit={perms.editSettings} />}
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </OrganizationLayout>
  );
}

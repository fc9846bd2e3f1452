import { GroupsPage } from '../../../features/groups/GroupsPage';
import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';

export function Component() {
  const { org, perms } = useOrganizationOutlet();
  return <GroupsPage org={org} perms={perms} />;
}

import { RolesPage } from '../../../features/organizations/RolesPage';
import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';

export function Component() {
  const { org, perms } = useOrganizationOutlet();
  return <RolesPage org={org} perms={perms} />;
}

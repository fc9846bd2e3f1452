import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';
import { OrganizationSettingsPage } from '../../../features/organizations/OrganizationSettingsPage';

export function Component() {
  const { org, perms } = useOrganizationOutlet();
  return <OrganizationSettingsPage org={org} perms={perms} />;
}

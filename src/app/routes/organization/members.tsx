import { MembersPage } from '../../../features/organizations/MembersPage';
import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';

export function Component() {
  const { org, perms } = useOrganizationOutlet();
  return <MembersPage org={org} perms={perms} />;
}

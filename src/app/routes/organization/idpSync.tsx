import { IdpSyncPage } from '../../../features/organizations/IdpSyncPage';
import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';

export function Component() {
  const { org, perms } = useOrganizationOutlet();
  return <IdpSyncPage org={org} perms={perms} />;
}

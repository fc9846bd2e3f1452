import { CustomRolePage } from '../../../features/organizations/CustomRolePage';
import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';

/** `roles/new` creates a custom role; `roles/:roleName` edits one. */
export function Component() {
  const { org, perms } = useOrganizationOutlet();
  return <CustomRolePage org={org} perms={perms} />;
}

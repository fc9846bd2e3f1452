import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';
import { TemplatesPage } from '../../../features/templates/TemplatesPage';

export function Component() {
  const { org, perms } = useOrganizationOutlet();
  return <TemplatesPage org={org} perms={perms} />;
}

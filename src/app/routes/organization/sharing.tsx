import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';
import { OrgSharingSettingsCard } from '../../../features/sharing/OrgSharingSettingsCard';

export function Component() {
  const { org, perms } = useOrganizationOutlet();
  return <OrgSharingSettingsCard organizationId={org.id} canEdit={perms.editSettings} />;
}

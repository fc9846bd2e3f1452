import { Navigate } from 'react-router';
import { useOrganizationOutlet } from '../../../features/organizations/organizationOutlet';

/** `/organizations/:organization`: the first tab the caller may see. */
export function Component() {
  const { perms } = useOrganizationOutlet();
  return <Navigate to={perms.viewMembers ? 'members' : 'settings'} replace />;
}

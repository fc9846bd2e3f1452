import { useParams } from 'react-router';
import { OrganizationLayout } from '../../features/organizations/OrganizationLayout';
import { orgTabs } from '../pages';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

/** `/organizations/:organization`: the header and tabs; each tab is a child route (routes/organization/*). */
export function Component() {
  const { organization = '' } = useParams();
  return <OrganizationLayout orgRef={organization} tabs={orgTabs} />;
}

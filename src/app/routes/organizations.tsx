import { OrganizationsPage } from '../../features/organizations/OrganizationsPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <OrganizationsPage />;
}

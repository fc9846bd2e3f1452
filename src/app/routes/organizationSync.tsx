import { OrganizationSyncPage } from '../../features/organizations/OrganizationSyncPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <OrganizationSyncPage />;
}

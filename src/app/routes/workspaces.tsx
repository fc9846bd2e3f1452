import { WorkspacesPage } from '../../features/workspaces/WorkspacesPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <WorkspacesPage />;
}

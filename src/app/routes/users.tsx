import { UsersPage } from '../../features/users/UsersPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <UsersPage />;
}

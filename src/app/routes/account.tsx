import { AccountPage } from '../../features/account/AccountPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <AccountPage />;
}

import { LoginPage } from '../../features/auth/LoginPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <LoginPage />;
}

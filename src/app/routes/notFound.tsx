import { NotFoundPage } from '../../components/StatusPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <NotFoundPage />;
}

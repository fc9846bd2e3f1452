import { AuditPage } from '../../features/audit/AuditPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <AuditPage />;
}

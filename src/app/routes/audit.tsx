import { AuditPage } from '../../features/audit/AuditPage';
import { canSeeAudit } from '../nav';
import { RequirePermission } from '../RequirePermission';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return (
    <RequirePermission allow={canSeeAudit} what="the audit log">
      <AuditPage />
    </RequirePermission>
  );
}

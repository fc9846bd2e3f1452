import { auditQueries } from '../../api/audit';
import { useFeature } from '../../api/deployment';
import { useListQuery } from '../../lib/useListQuery';
import { AuditPageView } from './AuditPageView';

/** Container: the list and the entitlement; the view gets props. */
export function AuditPage() {
  const entitled = useFeature('audit_log');
  // Asked whatever the entitlement says (the route answers either way; the gate hides the answer), so the
  // request starts with the route's loader instead of after the entitlements.
  const logs = useListQuery({
    query: auditQueries.list,
    page: (d) => ({ rows: d.audit_logs, count: d.count }),
    prefetchNext: entitled !== false,
  });
  return <AuditPageView logs={logs} entitled={entitled} />;
}

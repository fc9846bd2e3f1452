import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { auditQueries, type AuditLogsResponse } from '../../api/audit';
import { useFeature } from '../../api/deployment';
import { isApiError } from '../../lib/http';
import { useListState } from '../../lib/listState';
import { usePrefetch } from '../../lib/usePrefetch';
import { AuditPageView } from './AuditPageView';

/** Container: URL list state, the entitlement, the page of entries; the view gets props. */
export function AuditPage() {
  const list = useListState();
  const params = { filter: list.filter, page: list.page, pageSize: list.pageSize };
  const entitled = useFeature('audit_log');
  // Asked whatever the entitlement says (the route answers either way; the gate hides the answer), so the
  // request starts with the route's loader instead of after the entitlements.
  const logs = useQuery(auditQueries.list(params));

  // Keep the last good page on screen while the next loads or when the server rejects the filter.
  const [shown, setShown] = useState<AuditLogsResponse>();
  if (logs.data && logs.data !== shown) setShown(logs.data);

  const hasNext = entitled !== false && logs.data && list.page * list.pageSize < logs.data.count;
  usePrefetch(hasNext ? auditQueries.list({ ...params, page: list.page + 1 }) : undefined);

  const err = logs.error;
  const badFilter = isApiError(err) && err.status === 400;
  const filterError = badFilter
    ? err.validations.map((v) => v.detail).join(' ') || err.body.message
    : undefined;
  return (
    <AuditPageView
      list={list}
      entitled={entitled}
      data={logs.data ?? shown}
      loading={logs.isFetching}
      filterError={filterError}
      error={err && !badFilter ? err : undefined}
      onRetry={() => void logs.refetch()}
    />
  );
}

import { Paper } from '@mui/material';
import { useDeferredValue } from 'react';
import type { AuditLogsResponse } from '../../api/audit';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar } from '../../components/FilterBar';
import { SavedViews } from '../../components/SavedViews';
import { ListBody } from '../../components/ListBody';
import { NeedsPremium } from '../../components/NeedsPremium';
import { PageHeader } from '../../components/PageHeader';
import { RefetchBar } from '../../components/RefetchBar';
import type { ListState } from '../../lib/listState';
import { auditDropdowns, auditFilterKeys, auditPresets } from './auditFilters';
import { AuditTable } from './AuditTable';

type Props = {
  list: ListState;
  /** false: the deployment is not entitled to audit logs (the Premium gate shows instead). */
  entitled: boolean | undefined;
  data: AuditLogsResponse | undefined;
  loading: boolean;
  filterError?: string;
  error?: unknown;
  onRetry: () => void;
};

const header = (
  <PageHeader
    title="Audit log"
    description="Who changed what on this deployment, and when. Expand an entry to see what changed."
  />
);

export function AuditPageView(p: Props) {
  const { list, data } = p;
  const rows = useDeferredValue(data?.audit_logs);
  if (p.entitled === false)
    return (
      <>
        {header}
        <NeedsPremium
          feature="Audit logs"
          description="This deployment's license does not include audit logs: changes are not recorded."
        />
      </>
    );
  return (
    <>
      {header}
      <FilterBar
        label="Search the audit log"
        placeholder="e.g. resource_type:user resource_target:alice action:write"
        value={list.filter}
        onChange={list.setFilter}
        presets={auditPresets()}
        keys={auditFilterKeys()}
        dropdowns={auditDropdowns()}
        error={p.filterError}
        views={<SavedViews scope="audit" list={list} />}
      />
      {p.error !== undefined && <ErrorAlert error={p.error} onRetry={p.onRetry} />}
      <Paper variant="outlined">
        <RefetchBar active={Boolean(p.loading && data)} label="Loading audit log" />
        <ListBody
          list={list}
          noun="entries"
          data={data && { rows: data.audit_logs.length, count: data.count }}
          loading={p.loading}
          filterError={p.filterError}
          empty={
            <EmptyState
              title="Nothing recorded yet"
              description="Entries appear here as people change users, organizations, groups and workspaces."
            />
          }
        >
          {data && <AuditTable entries={rows ?? data.audit_logs} />}
        </ListBody>
      </Paper>
    </>
  );
}

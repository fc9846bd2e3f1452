import type { AuditLog } from '../../api/audit';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { NeedsPremium } from '../../components/NeedsPremium';
import { PageHeader } from '../../components/PageHeader';
import type { ListView } from '../../lib/useListQuery';
import { auditDropdowns, auditFilterKeys, auditPresets } from './auditFilters';
import { AuditTable } from './AuditTable';

type Props = {
  logs: ListView<AuditLog>;
  /** false: the deployment is not entitled to audit logs (the Premium gate shows instead). */
  entitled: boolean | undefined;
};

const header = (
  <PageHeader
    title="Audit log"
    description="Who changed what on this deployment, and when. Expand an entry to see what changed."
  />
);

export function AuditPageView({ logs, entitled }: Props) {
  if (entitled === false)
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
    <ListPage
      view={logs}
      savedViews="audit"
      noun="entries"
      header={header}
      filter={{
        label: 'Search the audit log',
        placeholder: 'e.g. resource_type:user resource_target:alice action:write',
        presets: auditPresets(),
        keys: auditFilterKeys(),
        dropdowns: auditDropdowns(),
      }}
      empty={
        <EmptyState
          title="Nothing recorded yet"
          description="Entries appear here as people change users, organizations, groups and workspaces."
        />
      }
    >
      {(rows) => <AuditTable entries={rows} />}
    </ListPage>
  );
}

import AddIcon from '@mui/icons-material/Add';
import { Button, Paper } from '@mui/material';
import { useDeferredValue, useMemo } from 'react';
import type { Template } from '../../api/templates';
import type { ShareVia } from '../../api/sharedWorkspaces';
import type { Workspace, WorkspacesResponse } from '../../api/workspaces';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar } from '../../components/FilterBar';
import { RefetchBar } from '../../components/RefetchBar';
import { ListBody } from '../../components/ListBody';
import { PageHeader } from '../../components/PageHeader';
import type { ListState } from '../../lib/listState';
import type { WorkspaceAction } from './workspaceActions';
import { WorkspaceBulkBar } from './WorkspaceBulkBar';
import { workspaceDropdowns, workspaceFilterKeys, workspacePresets } from './workspaceFilters';
import { WorkspacesTable } from './WorkspacesTable';
import type { WorkspaceSelection } from './useWorkspaceSelection';
import { BuildNoticeAlert } from './BuildNoticeAlert';
import type { BuildNotice } from './useRunBuilds';

type Props = {
  list: ListState;
  data: WorkspacesResponse | undefined;
  /** How each workspace reaches the viewer, when the filter is `shared_with:` (direct, via groups). */
  via?: Record<string, ShareVia>;
  loading: boolean;
  filterError?: string;
  error?: unknown;
  canViewAll: boolean;
  /** Deprecated templates by id: their workspaces are marked, and each gets a filter preset. */
  deprecatedTemplates?: ReadonlyMap<string, Template>;
  selection: WorkspaceSelection;
  notice?: BuildNotice;
  onDismissNotice: () => void;
  /** Stops the requests of the running bulk action that are not sent yet. */
  onCancelRun: () => void;
  onAction: (a: WorkspaceAction) => void;
  /** The pointer or focus reached a workspace's link (to prefetch its page). */
  onRowIntent?: (w: Workspace) => void;
  onRetry: () => void;
};

export function WorkspacesPageView(p: Props) {
  const { list, data } = p;
  // A new page renders in the background (interruptible) instead of in one long task; the memoized
  // table keeps showing the previous rows meanwhile.
  const rows = useDeferredValue(data?.workspaces);
  const presets = useMemo(
    () => workspacePresets(p.canViewAll, [...(p.deprecatedTemplates?.values() ?? [])]),
    [p.canViewAll, p.deprecatedTemplates],
  );
  return (
    <>
      <PageHeader
        title="Workspaces"
        description="Workspaces you own, that are shared with you, or that you administer."
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => p.onAction({ kind: 'create' })}>
            Create workspace
          </Button>
        }
      />
      <FilterBar
        label="Search workspaces"
        placeholder="e.g. owner:me status:running shared_with:me oncall-sre/staging"
        value={list.filter}
        onChange={list.setFilter}
        presets={presets}
        keys={workspaceFilterKeys}
        dropdowns={workspaceDropdowns}
        error={p.filterError}
      />
      {p.notice && (
        <BuildNoticeAlert notice={p.notice} onDismiss={p.onDismissNotice} onCancel={p.onCancelRun} />
      )}
      {p.error !== undefined && <ErrorAlert error={p.error} onRetry={p.onRetry} />}
      <Paper variant="outlined">
        {data && data.workspaces.length > 0 && !p.filterError && (
          <WorkspaceBulkBar selection={p.selection} page={data.workspaces} onAction={p.onAction} />
        )}
        <RefetchBar active={Boolean(p.loading && data)} label="Loading workspaces" />
        <ListBody
          list={list}
          noun="workspaces"
          data={data && { rows: data.workspaces.length, count: data.count }}
          loading={p.loading}
          filterError={p.filterError}
          empty={
            <EmptyState title="No workspaces yet" description="Create one from a template to get started." />
          }
        >
          {data && (
            <WorkspacesTable
              workspaces={rows ?? data.workspaces}
              via={p.via}
              deprecatedTemplates={p.deprecatedTemplates}
              selection={p.selection}
              onAction={p.onAction}
              onRowIntent={p.onRowIntent}
            />
          )}
        </ListBody>
      </Paper>
    </>
  );
}

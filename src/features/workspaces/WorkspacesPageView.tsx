import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import { useMemo, type ReactNode } from 'react';
import type { Template } from '../../api/templates';
import type { ShareVia } from '../../api/sharedWorkspaces';
import type { Workspace } from '../../api/workspaces';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { PageHeader } from '../../components/PageHeader';
import type { ListView } from '../../lib/useListQuery';
import type { WorkspaceAction } from './workspaceActions';
import { WorkspaceBulkBar } from './WorkspaceBulkBar';
import { workspaceDropdowns, workspaceFilterKeys, workspacePresets } from './workspaceFilters';
import { WorkspacesTable } from './WorkspacesTable';
import type { WorkspaceSelection } from './useWorkspaceSelection';

type Props = {
  workspaces: ListView<Workspace>;
  /** How each workspace reaches the viewer, when the filter is `shared_with:` (direct, via groups). */
  via?: Record<string, ShareVia>;
  canViewAll: boolean;
  /** Deprecated templates by id: their workspaces are marked, and each gets a filter preset. */
  deprecatedTemplates?: ReadonlyMap<string, Template>;
  selection: WorkspaceSelection;
  /** The banner of the running (or last) bulk action, with its Cancel or Close. */
  notice?: ReactNode;
  onAction: (a: WorkspaceAction) => void;
  /** The pointer or focus reached a workspace's link (to prefetch its page). */
  onRowIntent?: (w: Workspace) => void;
};

export function WorkspacesPageView(p: Props) {
  const { workspaces } = p;
  const presets = useMemo(
    () => workspacePresets(p.canViewAll, [...(p.deprecatedTemplates?.values() ?? [])]),
    [p.canViewAll, p.deprecatedTemplates],
  );
  return (
    <ListPage
      view={workspaces}
      savedViews="workspaces"
      rowState={p.selection}
      noun="workspaces"
      header={
        <PageHeader
          title="Workspaces"
          description="Workspaces you own, that are shared with you, or that you administer."
          actions={
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => p.onAction({ kind: 'create' })}
            >
              Create workspace
            </Button>
          }
        />
      }
      filter={{
        label: 'Search workspaces',
        placeholder: 'e.g. owner:me status:running shared_with:me oncall-sre/staging',
        presets,
        keys: workspaceFilterKeys,
        dropdowns: workspaceDropdowns,
      }}
      notice={p.notice}
      toolbar={
        workspaces.rows && (
          <WorkspaceBulkBar selection={p.selection} page={workspaces.rows} onAction={p.onAction} />
        )
      }
      empty={
        <EmptyState title="No workspaces yet" description="Create one from a template to get started." />
      }
    >
      {(rows, selection = p.selection) => (
        <WorkspacesTable
          workspaces={rows}
          via={p.via}
          deprecatedTemplates={p.deprecatedTemplates}
          selection={selection}
          onAction={p.onAction}
          onRowIntent={p.onRowIntent}
        />
      )}
    </ListPage>
  );
}

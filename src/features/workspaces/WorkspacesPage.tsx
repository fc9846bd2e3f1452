import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { workspacesPageQuery } from '../../api/sharedWorkspaces';
import { templatesQueries, type Template } from '../../api/templates';
import { workspacesQueries, type Workspace } from '../../api/workspaces';
import { useDialogFromUrl } from '../../lib/dialogParam';
import { lazyNamed } from '../../lib/lazyNamed';
import { useListQuery } from '../../lib/useListQuery';
import { usePrefetchOnIntent } from '../../lib/usePrefetch';
import { useRowSelection, viewScope } from '../../lib/useRowSelection';
import { useStableCallback } from '../../lib/useStableCallback';
import type { WorkspaceAction } from './workspaceActions';
import { DEFAULT_WORKSPACE_FILTER } from './workspaceFilters';
import { WorkspacesPageView } from './WorkspacesPageView';
import { useRunBuilds } from './useRunBuilds';

// The dialogs (and their form libraries) load when first opened, not with the list.
const CreateWorkspaceDialog = lazyNamed(() => import('./CreateWorkspaceDialog'), 'CreateWorkspaceDialog');
const DeleteWorkspacesDialog = lazyNamed(() => import('./DeleteWorkspacesDialog'), 'DeleteWorkspacesDialog');

/** Deprecated templates by id (a stable `select`: the map changes only when the list does). */
const byId = (ts: Template[]) => new Map(ts.map((t) => [t.id, t]));

export function WorkspacesPage() {
  // `shared_with:<user>` (the "Shared with me" preset) merges Coder queries; anything else is one query.
  const workspaces = useListQuery({
    defaults: { filter: DEFAULT_WORKSPACE_FILTER },
    query: workspacesPageQuery,
    page: (d) => ({ rows: d.workspaces, count: d.count }),
  });
  const { params } = workspaces;
  const viewAny = useQuery(workspacesQueries.viewAny()).data;
  // Workspaces carry only their template's id: the deprecated ones mark rows and give the presets.
  const deprecated = useQuery({ ...templatesQueries.deprecated(), select: byId }).data;
  const selection = useRowSelection<Workspace>(viewScope(params));
  const builds = useRunBuilds();
  const [action, setAction] = useState<WorkspaceAction>();
  // `?dialog=create-workspace` (a link, the command palette) opens Create workspace.
  const urlDialog = useDialogFromUrl<WorkspaceAction>(
    (name) => (name === 'create-workspace' ? { kind: 'create' } : undefined),
    setAction,
  );
  const close = () => {
    setAction(undefined);
    urlDialog.close();
  };
  const prefetchWorkspace = usePrefetchOnIntent((w: Workspace) =>
    workspacesQueries.byName(w.owner_name, w.name),
  );

  const onAction = useStableCallback((a: WorkspaceAction) => {
    if (a.kind === 'start' || a.kind === 'stop' || a.kind === 'restart' || a.kind === 'update') {
      const targets = a.kind === 'update' ? a.workspaces.filter((w) => w.outdated) : a.workspaces;
      void builds.run(a.kind, targets).then(selection.clear, () => undefined);
    } else setAction(a);
  });
  return (
    <>
      <WorkspacesPageView
        workspaces={workspaces}
        via={workspaces.query.data?.via}
        canViewAll={viewAny?.viewAny ?? false}
        deprecatedTemplates={deprecated}
        selection={selection}
        notice={builds.notice}
        onAction={onAction}
        onRowIntent={prefetchWorkspace}
      />
      <Suspense fallback={null}>
        {action?.kind === 'create' && <CreateWorkspaceDialog onClose={close} />}
        {action?.kind === 'delete' && (
          <DeleteWorkspacesDialog
            workspaces={action.workspaces}
            onDelete={(allowed) => builds.run('delete', allowed).then(selection.clear)}
            onClose={close}
          />
        )}
      </Suspense>
    </>
  );
}

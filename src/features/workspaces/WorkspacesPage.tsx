import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { pageOf, sharedWorkspacesQueries, splitSharedWith } from '../../api/sharedWorkspaces';
import { templatesQueries, type Template } from '../../api/templates';
import { workspacesQueries, type Workspace } from '../../api/workspaces';
import { useDialogFromUrl } from '../../lib/dialogParam';
import { isApiError } from '../../lib/http';
import { lazyNamed } from '../../lib/lazyNamed';
import { useListState } from '../../lib/listState';
import { usePrefetch, usePrefetchOnIntent } from '../../lib/usePrefetch';
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
  const list = useListState({ filter: DEFAULT_WORKSPACE_FILTER });
  const params = { filter: list.filter, page: list.page, pageSize: list.pageSize };
  // `shared_with:<user>` (the "Shared with me" preset) merges Coder queries; anything else is one query.
  const sharedWith = splitSharedWith(list.filter);
  const plain = useQuery({ ...workspacesQueries.list(params), enabled: !sharedWith });
  const merged = useQuery({
    ...sharedWorkspacesQueries.all(sharedWith?.user, sharedWith?.rest ?? ''),
    select: (all) => pageOf(all, params),
  });
  const workspaces = sharedWith ? merged : plain;
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
  const hasNext = !sharedWith && workspaces.data && list.page * list.pageSize < workspaces.data.count;
  usePrefetch(hasNext ? workspacesQueries.list({ ...params, page: list.page + 1 }) : undefined);
  const prefetchWorkspace = usePrefetchOnIntent((w: Workspace) =>
    workspacesQueries.byName(w.owner_name, w.name),
  );

  const onAction = useStableCallback((a: WorkspaceAction) => {
    if (a.kind === 'start' || a.kind === 'stop' || a.kind === 'restart' || a.kind === 'update') {
      const targets = a.kind === 'update' ? a.workspaces.filter((w) => w.outdated) : a.workspaces;
      void builds.run(a.kind, targets).then(selection.clear, () => undefined);
    } else setAction(a);
  });
  const badFilter = isApiError(workspaces.error) && workspaces.error.status === 400;
  return (
    <>
      <WorkspacesPageView
        list={list}
        data={workspaces.data}
        via={sharedWith ? merged.data?.via : undefined}
        loading={workspaces.isPending || workspaces.isPlaceholderData}
        filterError={
          badFilter && isApiError(workspaces.error)
            ? (workspaces.error.validations[0]?.detail ?? workspaces.error.message)
            : undefined
        }
        error={workspaces.isError && !badFilter ? workspaces.error : undefined}
        canViewAll={viewAny?.viewAny ?? false}
        deprecatedTemplates={deprecated}
        selection={selection}
        notice={builds.notice}
        onDismissNotice={builds.clearNotice}
        onCancelRun={builds.cancel}
        onAction={onAction}
        onRowIntent={prefetchWorkspace}
        onRetry={() => void workspaces.refetch()}
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

import { Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { authQueries } from '../../api/auth';
import { authcheckQueries, usePermissions, type WorkspacePermissions } from '../../api/authcheck';
import { templatesQueries } from '../../api/templates';
import { useCancelBuild } from '../../api/workspaceBuilds';
import { isBuildActive, workspacesQueries, type Workspace } from '../../api/workspaces';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { NotFoundPage } from '../../components/StatusPage';
import { isApiError } from '../../lib/http';
import { paths } from '../../lib/paths';
import { DeleteWorkspacesDialog } from './DeleteWorkspacesDialog';
import { RenameWorkspaceDialog } from './RenameWorkspaceDialog';
import { WorkspaceHeader, type HeaderAction } from './WorkspaceHeader';
import { WorkspaceOverview } from './WorkspaceOverview';
import { TemplateDeprecationAlert } from './TemplateDeprecationAlert';
import { useRunBuilds } from './useRunBuilds';

type Props = {
  owner: string;
  name: string;
  /** Share button + dialog, or why sharing is unavailable (from the sharing feature). */
  renderShare?: (ws: Workspace, perms: WorkspacePermissions) => ReactNode;
  /** Why sharing is unavailable here, if it is. */
  renderSharingNotice?: (ws: Workspace, perms: WorkspacePermissions) => ReactNode;
  /** The "Access" tab's content. */
  renderAccess?: (ws: Workspace) => ReactNode;
};

/** `/@owner/name`: header with status and controls, overview and access tabs; follows builds live. */
export function WorkspacePage({ owner, name, renderShare, renderSharingNotice, renderAccess }: Props) {
  const ws = useQuery(workspacesQueries.byName(owner, name));
  const permsQuery = useQuery(authcheckQueries.workspace(ws.data));
  const perms = permsQuery.data;
  const active = ws.data ? isBuildActive(ws.data.latest_build) : false;
  const builds = useQuery(workspacesQueries.builds(ws.data?.id, active));
  // Its template's deprecation (a failure to read it only leaves the notice out).
  const template = useQuery(templatesQueries.detail(ws.data?.template_id)).data;
  const run = useRunBuilds();
  const site = usePermissions().data;
  const me = useQuery(authQueries.me()).data;
  const cancel = useCancelBuild(() => ws.refetch());
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'rename' | 'delete'>();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'access' && renderAccess ? 'access' : 'overview';

  if (ws.isError) {
    return isApiError(ws.error) && ws.error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <ErrorAlert error={ws.error} onRetry={() => void ws.refetch()} />
    );
  }
  if (!ws.data) return <Loader label="Loading workspace" />;
  const w = ws.data;
  const ownerLink = Boolean(site?.viewAllUsers) || w.owner_id === me?.id;
  const onAction = (a: HeaderAction) => {
    if (a === 'rename' || a === 'delete') setDialog(a);
    else if (a === 'cancel') cancel.mutate(w.latest_build.id);
    else void run.run(a, [w]).catch(() => undefined);
  };
  return (
    <>
      <WorkspaceHeader
        ws={w}
        perms={perms}
        busy={run.pending || active}
        ownerLink={ownerLink}
        auditLink={site?.viewAnyAuditLog ? paths.audit(`resource_id:${w.id}`) : undefined}
        share={perms && renderShare?.(w, perms)}
        onAction={onAction}
      />
      <TemplateDeprecationAlert template={template} />
      {perms && renderSharingNotice?.(w, perms)}
      {permsQuery.isError && !perms && (
        <ErrorAlert
          error={permsQuery.error}
          title="Could not check your permissions"
          onRetry={() => void permsQuery.refetch()}
        />
      )}
      {cancel.isError && <ErrorAlert error={cancel.error} title="Could not cancel the build" />}
      {run.notice}
      <Tabs
        value={tab}
        onChange={(_, v: string) => setParams(v === 'overview' ? {} : { tab: v }, { replace: true })}
        aria-label="Workspace sections"
        sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab value="overview" label="Overview" />
        {renderAccess && <Tab value="access" label="Access" />}
      </Tabs>
      {tab === 'overview' ? (
        <WorkspaceOverview ws={w} builds={builds.data} ownerLink={ownerLink} />
      ) : (
        renderAccess?.(w)
      )}
      {dialog === 'rename' && <RenameWorkspaceDialog ws={w} onClose={() => setDialog(undefined)} />}
      {dialog === 'delete' && (
        <DeleteWorkspacesDialog
          workspaces={[w]}
          onDelete={(allowed) =>
            run.run('delete', allowed).then(() => navigate(paths.workspaces(), { replace: true }))
          }
          onClose={() => setDialog(undefined)}
        />
      )}
    </>
  );
}

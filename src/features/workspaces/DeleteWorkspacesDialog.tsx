import { Alert, Typography } from '@mui/material';
import { useQueries } from '@tanstack/react-query';
import { authcheckQueries } from '../../api/authcheck';
import type { Workspace } from '../../api/workspaces';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog';
import { plural, someNames } from '../../lib/plural';

type Props = {
  workspaces: Workspace[];
  onDelete: (allowed: Workspace[]) => Promise<unknown>;
  onClose: () => void;
};

/** One workspace: type its name. Several: only those authcheck allows are deleted, the rest are named. */
export function DeleteWorkspacesDialog({ workspaces, onDelete, onClose }: Props) {
  const checks = useQueries({ queries: workspaces.map((w) => authcheckQueries.workspace(w)) });
  const ready = checks.every((c) => c.data);
  const failed = checks.find((c) => c.isError && !c.data);
  const allowed = workspaces.filter((_, i) => checks[i]?.data?.deleteWorkspace);
  const refused = workspaces.filter((_, i) => checks[i]?.data && !checks[i].data.deleteWorkspace);
  const only = workspaces.length === 1 ? workspaces[0] : undefined;
  if (only && allowed.length === 1) {
    return (
      <TypedConfirmDialog
        title={`Delete ${only.owner_name}/${only.name}?`}
        expected={only.name}
        confirmLabel="Delete workspace"
        onConfirm={() => onDelete([only])}
        onClose={onClose}
      >
        <Typography>
          The workspace and its resources are destroyed. People it is shared with lose access.
        </Typography>
      </TypedConfirmDialog>
    );
  }
  return (
    <ConfirmDialog
      title={`Delete ${plural(allowed.length, 'workspace')}?`}
      confirmLabel="Delete"
      destructive
      confirmDisabled={!ready || allowed.length === 0}
      onConfirm={() => onDelete(allowed)}
      onClose={onClose}
    >
      {failed ? (
        <ErrorAlert
          error={failed.error}
          title="Could not check your permissions"
          onRetry={() => checks.forEach((c) => c.isError && void c.refetch())}
        />
      ) : (
        !ready && <Typography>Checking permissions…</Typography>
      )}
      {ready && allowed.length > 0 && (
        <Typography>
          {allowed.length === 1 ? 'Workspace' : 'Workspaces'}:{' '}
          <strong>
            {someNames(
              allowed.map((w) => `${w.owner_name}/${w.name}`),
              allowed.length,
            )}
          </strong>
        </Typography>
      )}
      {refused.length > 0 && (
        <Alert severity="info">
          You may not delete {someNames(refused.map((w) => `${w.owner_name}/${w.name}`))}; they are left
          alone. Sharing roles never allow deleting a workspace.
        </Alert>
      )}
    </ConfirmDialog>
  );
}

import { Alert, Button } from '@mui/material';
import { useRestartWorkspace } from '../../api/workspaceMutations';
import type { Workspace } from '../../api/workspaces';
import { errorMessage } from '../../lib/http';
import { RESTART_NOTICE } from './roles';

/** After removing someone: their open connections end only at the next restart. */
export function RestartNotice({ ws }: { ws: Workspace }) {
  const restart = useRestartWorkspace();
  return (
    <Alert
      severity={restart.isError ? 'error' : restart.isSuccess ? 'success' : 'warning'}
      action={
        !restart.isSuccess && (
          <Button color="inherit" size="small" loading={restart.isPending} onClick={() => restart.mutate(ws)}>
            Restart now
          </Button>
        )
      }
    >
      {restart.isSuccess
        ? 'Workspace restarted: removed access is fully in effect.'
        : restart.isError
          ? `Restart failed: ${errorMessage(restart.error)}`
          : RESTART_NOTICE}
    </Alert>
  );
}

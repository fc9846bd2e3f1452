import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { workspaceAclQueries } from '../../api/workspaceAcl';
import type { Workspace } from '../../api/workspaces';

/** Why there is no Share button when the organization or the deployment turns sharing off. */
export function SharingNotice({ ws, canShare }: { ws: Workspace; canShare: boolean }) {
  const settings = useQuery({
    ...workspaceAclQueries.settings(ws.organization_id),
    enabled: !canShare,
    retry: false,
  });
  if (canShare || !settings.data) return null;
  const s = settings.data;
  if (s.sharing_globally_disabled) {
    return (
      <Alert severity="info" sx={{ mb: 2 }}>
        Workspace sharing is disabled for this deployment.
      </Alert>
    );
  }
  if (s.shareable_workspace_owners === 'none') {
    return (
      <Alert severity="info" sx={{ mb: 2 }}>
        Workspace sharing is turned off in the {ws.organization_name} organization.
      </Alert>
    );
  }
  if (s.shareable_workspace_owners === 'service_accounts' && ws.shared_with.length === 0) {
    return (
      <Alert severity="info" sx={{ mb: 2 }}>
        In {ws.organization_name}, only workspaces owned by service accounts can be shared.
      </Alert>
    );
  }
  return null;
}

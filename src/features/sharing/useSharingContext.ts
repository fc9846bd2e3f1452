import { useQuery } from '@tanstack/react-query';
import { authQueries } from '../../api/auth';
import { workspaceAclQueries } from '../../api/workspaceAcl';
import type { Workspace } from '../../api/workspaces';

/**
 * Who is sharing: the viewer's id, and whether they may share every workspace in the organization
 * (org admin / owner; the server's own test for changing one's own role). A viewer who is neither the
 * owner nor such an admin reached `share` as an `admin` sharee, and invites with `use` only (seed 001).
 */
export function useSharingContext(ws: Workspace) {
  const me = useQuery(authQueries.me()).data;
  const all = useQuery(workspaceAclQueries.shareAll(ws.organization_id)).data;
  const shareAll = all?.shareAll ?? false;
  return {
    meId: me?.id,
    shareAll,
    adminAllowedForNew: Boolean(all) && (shareAll || me?.id === ws.owner_id),
  };
}

import type { AclRole } from '../../api/workspaceAcl';

/** The seed's one-line explanation of each sharing role (seed 001). */
export const ROLE_HELP: Record<AclRole, string> = {
  use: 'Connect via SSH and apps, start and stop, view logs and stats, update on start when required.',
  admin: 'Everything in use, plus rename, update at any time, and invite others with use. Cannot delete.',
};
export const ADMIN_SHAREE_REASON =
  'As a sharee with admin you can invite others with the use role only (the owner or an organization admin can grant admin).';
export const RESTART_NOTICE =
  'Removed access takes full effect after the workspace restarts: connections they already hold stay open until then.';

import ShareIcon from '@mui/icons-material/Share';
import { Button } from '@mui/material';
import { useState } from 'react';
import type { WorkspacePermissions } from '../../api/authcheck';
import type { Workspace } from '../../api/workspaces';
import { RotateAccessDialog } from './RotateAccessDialog';
import { ShareDialog } from './ShareDialog';

/** The Share button: shown exactly when authcheck grants `share` on this workspace. */
export function ShareControl({ ws, perms }: { ws: Workspace; perms: WorkspacePermissions }) {
  const [open, setOpen] = useState<'share' | 'rotate'>();
  if (!perms.shareWorkspace) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<ShareIcon />} onClick={() => setOpen('share')}>
        Share
      </Button>
      {open === 'share' && (
        <ShareDialog ws={ws} onClose={() => setOpen(undefined)} onRotate={() => setOpen('rotate')} />
      )}
      {open === 'rotate' && <RotateAccessDialog ws={ws} onClose={() => setOpen(undefined)} />}
    </>
  );
}

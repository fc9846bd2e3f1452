import ShareIcon from '@mui/icons-material/Share';
import { Button } from '@mui/material';
import { useState } from 'react';
import type { WorkspacePermissions } from '../../api/authcheck';
import type { Workspace } from '../../api/workspaces';
import { useDialogFromUrl } from '../../lib/dialogParam';
import { RotateAccessDialog } from './RotateAccessDialog';
import { ShareDialog } from './ShareDialog';

/** The Share button: shown exactly when authcheck grants `share` on this workspace. */
export function ShareControl({ ws, perms }: { ws: Workspace; perms: WorkspacePermissions }) {
  const [open, setOpen] = useState<'share' | 'rotate'>();
  // `?dialog=share` (a link, the command palette) opens the Share dialog for those allowed to share.
  const urlDialog = useDialogFromUrl(
    (name) => (name === 'share' && perms.shareWorkspace ? 'share' : undefined),
    setOpen,
  );
  const show = (next: 'share' | 'rotate' | undefined) => {
    setOpen(next);
    urlDialog.close();
  };
  if (!perms.shareWorkspace) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<ShareIcon />} onClick={() => setOpen('share')}>
        Share
      </Button>
      {open === 'share' && (
        <ShareDialog ws={ws} onClose={() => show(undefined)} onRotate={() => show('rotate')} />
      )}
      {open === 'rotate' && <RotateAccessDialog ws={ws} onClose={() => setOpen(undefined)} />}
    </>
  );
}

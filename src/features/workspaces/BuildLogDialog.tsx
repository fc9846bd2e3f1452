import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { isBuildActive, type WorkspaceBuild } from '../../api/workspaces';
import { BuildLog } from './BuildLog';

/** One build's log in a dialog (from the Recent builds table). */
export function BuildLogDialog({ build, onClose }: { build: WorkspaceBuild; onClose: () => void }) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>
        Build #{build.build_number} · {build.transition} · {build.status}
      </DialogTitle>
      <DialogContent>
        <BuildLog
          buildId={build.id}
          active={isBuildActive(build)}
          label={`Log of build #${build.build_number}`}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

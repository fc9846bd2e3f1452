import PlayIcon from '@mui/icons-material/PlayArrow';
import RestartIcon from '@mui/icons-material/RestartAlt';
import StopIcon from '@mui/icons-material/Stop';
import UpdateIcon from '@mui/icons-material/Update';
import { Button, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { WorkspacePermissions } from '../../api/authcheck';
import { isBuildCancelable, type Workspace } from '../../api/workspaces';
import { paths } from '../../lib/paths';
import { availableTransitions } from './workspaceActions';
import { WorkspaceStatusChip } from './WorkspaceStatusChip';
import { TemplateIcon } from '../../components/TemplateIcon';

export type HeaderAction = 'start' | 'stop' | 'restart' | 'update' | 'cancel' | 'rename' | 'delete';

type Props = {
  ws: Workspace;
  perms: WorkspacePermissions | undefined;
  /** The audit log filtered to this workspace's entries, for those who may read it. */
  auditLink?: string;
  busy: boolean;
  /** Whether the viewer may open the owner's user page (else the name is plain text). */
  ownerLink: boolean;
  /** The Share control (composed by the app from the sharing feature). */
  share?: ReactNode;
  onAction: (a: HeaderAction) => void;
};

/** Name, owner, status and the controls authcheck allows on this workspace. */
export function WorkspaceHeader({ ws, perms, busy, ownerLink, share, auditLink, onAction }: Props) {
  const t = availableTransitions(ws);
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ mb: 2, justifyContent: 'space-between', alignItems: { md: 'center' } }}
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', minWidth: 0 }}>
        <TemplateIcon src={ws.template_icon} name={ws.name} size={48} />
        <Stack sx={{ minWidth: 0 }}>
          <Typography variant="h1" noWrap>
            {ws.name}
          </Typography>
          <Typography color="text.secondary">
            owned by{' '}
            {ownerLink ? (
              <Link component={RouterLink} to={paths.user(ws.owner_name)}>
                {ws.owner_name}
              </Link>
            ) : (
              ws.owner_name
            )}
            {auditLink && (
              <>
                {' · '}
                <Link component={RouterLink} to={auditLink}>
                  Audit log
                </Link>
              </>
            )}
          </Typography>
        </Stack>
        <WorkspaceStatusChip build={ws.latest_build} />
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {perms?.startWorkspace && t.start && (
          <Button
            variant="contained"
            startIcon={<PlayIcon />}
            disabled={busy}
            onClick={() => onAction('start')}
          >
            Start
          </Button>
        )}
        {perms?.stopWorkspace && t.stop && (
          <Button
            variant="outlined"
            startIcon={<StopIcon />}
            disabled={busy}
            onClick={() => onAction('stop')}
          >
            Stop
          </Button>
        )}
        {perms?.stopWorkspace && perms.startWorkspace && t.restart && (
          <Button
            variant="outlined"
            startIcon={<RestartIcon />}
            disabled={busy}
            onClick={() => onAction('restart')}
          >
            Restart
          </Button>
        )}
        {perms?.updateWorkspace && t.update && (
          <Button
            variant="outlined"
            startIcon={<UpdateIcon />}
            disabled={busy}
            onClick={() => onAction('update')}
          >
            Update to latest version
          </Button>
        )}
        {perms?.updateWorkspace && isBuildCancelable(ws.latest_build) && (
          <Button variant="outlined" color="warning" onClick={() => onAction('cancel')}>
            Cancel build
          </Button>
        )}
        {share}
        {perms?.updateWorkspace && (
          <Button variant="outlined" onClick={() => onAction('rename')}>
            Rename
          </Button>
        )}
        {perms?.deleteWorkspace && (
          <Button variant="outlined" color="error" disabled={!t.delete} onClick={() => onAction('delete')}>
            Delete
          </Button>
        )}
      </Stack>
    </Stack>
  );
}

import { CircularProgress } from '@mui/material';
import { Pill, type PillColor } from '../../components/Pill';
import type { WorkspaceBuild, WorkspaceStatus } from '../../api/workspaces';
import { statusLabel } from './workspaceStatus';

const COLOR: Record<WorkspaceStatus, PillColor> = {
  pending: 'info',
  starting: 'info',
  running: 'success',
  stopping: 'info',
  stopped: 'default',
  failed: 'error',
  canceling: 'warning',
  canceled: 'default',
  deleting: 'warning',
  deleted: 'default',
};
const TRANSITIONAL: WorkspaceStatus[] = ['pending', 'starting', 'stopping', 'canceling', 'deleting'];

/**
 * The latest build's status, with a spinner while a transition runs and the job's error on failure (the
 * browser's own hint: MUI's Tooltip would bring Popper.js into the list's first load for one rare case; the
 * workspace's page shows the error in full).
 */
export function WorkspaceStatusChip({ build }: { build: WorkspaceBuild }) {
  const busy = TRANSITIONAL.includes(build.status);
  const chip = (
    <Pill
      color={COLOR[build.status] ?? 'default'}
      variant={build.status === 'stopped' ? 'outlined' : 'filled'}
      label={statusLabel(build.status)}
      icon={busy ? <CircularProgress size={12} color="inherit" aria-hidden /> : undefined}
    />
  );
  return build.status === 'failed' && build.job.error ? <span title={build.job.error}>{chip}</span> : chip;
}

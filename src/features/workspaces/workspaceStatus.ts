import type { WorkspaceStatus } from '../../api/workspaces';

const LABEL: Record<WorkspaceStatus, string> = {
  pending: 'Pending',
  starting: 'Starting',
  running: 'Running',
  stopping: 'Stopping',
  stopped: 'Stopped',
  failed: 'Failed',
  canceling: 'Canceling',
  canceled: 'Canceled',
  deleting: 'Deleting',
  deleted: 'Deleted',
};
export const statusLabel = (s: WorkspaceStatus) => LABEL[s];

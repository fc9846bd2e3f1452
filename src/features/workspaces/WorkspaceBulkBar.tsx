import { Button, Paper, Stack, Typography } from '@mui/material';
import type { Workspace } from '../../api/workspaces';
import type { WorkspaceAction } from './workspaceActions';
import type { WorkspaceSelection } from './useWorkspaceSelection';

/** Bulk start/stop/restart/update/delete over the picked rows (fresh copies from the current page when shown). */
export function WorkspaceBulkBar(p: {
  selection: WorkspaceSelection;
  page: Workspace[];
  onAction: (a: WorkspaceAction) => void;
}) {
  const n = p.selection.rows.length;
  if (!n) return null;
  const fresh = p.selection.rows.map((w) => p.page.find((x) => x.id === w.id) ?? w);
  const act = (kind: 'start' | 'stop' | 'restart' | 'update' | 'delete') =>
    p.onAction({ kind, workspaces: fresh });
  const outdated = fresh.filter((w) => w.outdated).length;
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1, mb: 2 }} role="region" aria-label="Bulk actions">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography sx={{ mr: 1 }}>
          {n} workspace{n === 1 ? '' : 's'} selected
        </Typography>
        <Button size="small" onClick={() => act('start')}>
          Start
        </Button>
        <Button size="small" onClick={() => act('stop')}>
          Stop
        </Button>
        <Button size="small" onClick={() => act('restart')}>
          Restart
        </Button>
        <Button size="small" disabled={!outdated} onClick={() => act('update')}>
          Update{outdated ? ` ${outdated} outdated` : ''}
        </Button>
        <Button size="small" color="error" onClick={() => act('delete')}>
          Delete…
        </Button>
        <Button size="small" color="inherit" onClick={p.selection.clear}>
          Clear selection
        </Button>
      </Stack>
    </Paper>
  );
}

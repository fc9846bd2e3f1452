import type { Workspace } from '../../api/workspaces';
import { SelectionToolbar } from '../../components/SelectionToolbar';
import { plural } from '../../lib/plural';
import type { WorkspaceAction } from './workspaceActions';
import type { WorkspaceSelection } from './useWorkspaceSelection';

/** Bulk start/stop/restart/update/delete over the picked rows (fresh copies from the current page when shown). */
export function WorkspaceBulkBar(p: {
  selection: WorkspaceSelection;
  page: Workspace[];
  onAction: (a: WorkspaceAction) => void;
}) {
  const n = p.selection.rows.length;
  const fresh = p.selection.rows.map((w) => p.page.find((x) => x.id === w.id) ?? w);
  const act = (kind: 'start' | 'stop' | 'restart' | 'update' | 'delete') =>
    p.onAction({ kind, workspaces: fresh });
  const outdated = fresh.filter((w) => w.outdated).length;
  return (
    <SelectionToolbar
      selected={n}
      label={`${plural(n, 'workspace')} selected`}
      hint="Tick workspaces to start, stop, restart, update or delete several at once."
      actions={[
        { label: 'Start', onClick: () => act('start') },
        { label: 'Stop', onClick: () => act('stop') },
        { label: 'Restart', onClick: () => act('restart') },
        {
          label: `Update${outdated ? ` ${outdated} outdated` : ''}`,
          disabled: !outdated,
          onClick: () => act('update'),
        },
        { label: 'Delete…', color: 'error', onClick: () => act('delete') },
      ]}
      onClear={p.selection.clear}
    />
  );
}

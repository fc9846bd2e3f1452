import { ListItemText, Menu, MenuItem } from '../../components/Menu';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { RowMenuButton } from '../../components/LeanTable';
import { authcheckQueries } from '../../api/authcheck';
import type { Workspace } from '../../api/workspaces';
import { availableTransitions, type WorkspaceAction } from './workspaceActions';

type Props = { ws: Workspace; onAction: (a: WorkspaceAction) => void };

/**
 * Row actions. The menu (and its authcheck for this workspace) exists only while open: a closed Menu and
 * a query observer per row were a measurable share of rendering a page of rows (bench).
 */
export function WorkspaceRowMenu({ ws, onAction }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <RowMenuButton label={`Actions for ${ws.owner_name}/${ws.name}`} onOpen={setAnchor} />
      {anchor && (
        <Menu anchorEl={anchor} open onClose={close}>
          <RowMenuItems ws={ws} onAction={onAction} onDone={close} />
        </Menu>
      )}
    </>
  );
}

function RowMenuItems({ ws, onAction, onDone }: Props & { onDone: () => void }) {
  const q = useQuery(authcheckQueries.workspace(ws));
  const perms = q.data;
  if (!perms && q.isError) {
    return (
      <MenuItem onClick={() => void q.refetch()}>
        <ListItemText primary="Could not check permissions" secondary="Retry" />
      </MenuItem>
    );
  }
  if (!perms) return <MenuItem disabled>Checking permissions…</MenuItem>;
  const t = availableTransitions(ws);
  const items = [
    { kind: 'start' as const, label: 'Start', show: t.start && perms.startWorkspace },
    { kind: 'stop' as const, label: 'Stop', show: t.stop && perms.stopWorkspace },
    {
      kind: 'restart' as const,
      label: 'Restart',
      show: t.restart && perms.stopWorkspace && perms.startWorkspace,
    },
    { kind: 'update' as const, label: 'Update to latest version', show: t.update && perms.updateWorkspace },
    { kind: 'delete' as const, label: 'Delete…', show: t.delete && perms.deleteWorkspace },
  ].filter((i) => i.show);
  if (!items.length) return <MenuItem disabled>No actions available</MenuItem>;
  return items.map((i) => (
    <MenuItem
      key={i.kind}
      onClick={() => {
        onDone();
        onAction({ kind: i.kind, workspaces: [ws] });
      }}
    >
      <ListItemText>{i.label}</ListItemText>
    </MenuItem>
  ));
}

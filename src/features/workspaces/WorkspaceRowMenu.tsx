import MoreVertIcon from '@mui/icons-material/MoreVert';
import { IconButton, ListItemText, Menu, MenuItem } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { authcheckQueries } from '../../api/authcheck';
import type { Workspace } from '../../api/workspaces';
import { availableTransitions, type WorkspaceAction } from './workspaceActions';

/** Row actions; asks authcheck for this workspace only when the menu opens. */
export function WorkspaceRowMenu({
  ws,
  onAction,
}: {
  ws: Workspace;
  onAction: (a: WorkspaceAction) => void;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const perms = useQuery({ ...authcheckQueries.workspace(ws), enabled: Boolean(anchor) }).data;
  const t = availableTransitions(ws);
  const items = [
    { kind: 'start' as const, label: 'Start', show: t.start && perms?.startWorkspace },
    { kind: 'stop' as const, label: 'Stop', show: t.stop && perms?.stopWorkspace },
    {
      kind: 'restart' as const,
      label: 'Restart',
      show: t.restart && perms?.stopWorkspace && perms.startWorkspace,
    },
    { kind: 'delete' as const, label: 'Delete…', show: t.delete && perms?.deleteWorkspace },
  ];
  const act = (kind: 'start' | 'stop' | 'restart' | 'delete') => {
    setAnchor(null);
    onAction({ kind, workspaces: [ws] });
  };
  return (
    <>
      <IconButton
        aria-label={`Actions for ${ws.owner_name}/${ws.name}`}
        aria-haspopup="menu"
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <MoreVertIcon />
      </IconButton>
      {/* Mounted only while open: a closed Menu per row costs every row render (see bench). */}
      {anchor && (
        <Menu anchorEl={anchor} open onClose={() => setAnchor(null)}>
          {!perms && <MenuItem disabled>Checking permissions…</MenuItem>}
          {perms &&
            items
              .filter((i) => i.show)
              .map((i) => (
                <MenuItem key={i.kind} onClick={() => act(i.kind)}>
                  <ListItemText>{i.label}</ListItemText>
                </MenuItem>
              ))}
          {perms && !items.some((i) => i.show) && <MenuItem disabled>No actions available</MenuItem>}
        </Menu>
      )}
    </>
  );
}

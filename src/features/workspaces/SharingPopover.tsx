import GroupIcon from '@mui/icons-material/Groups';
import PersonIcon from '@mui/icons-material/Person';
import { List, ListItem, ListItemIcon, ListItemText, Popover, Typography } from '@mui/material';
import type { Workspace } from '../../api/workspaces';
import { actorName } from './actorName';

/** Every sharee of a workspace with their role (the sharing column's popover; lazy, see SharingCell). */
export function SharingPopover({
  ws,
  anchor,
  onClose,
}: {
  ws: Workspace;
  anchor: HTMLElement;
  onClose: () => void;
}) {
  return (
    <Popover
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ paper: { role: 'dialog', 'aria-label': `Shared with (${ws.name})` } }}
    >
      <Typography variant="subtitle2" sx={{ px: 2, pt: 1.5 }}>
        {ws.owner_name}/{ws.name} is shared with
      </Typography>
      <List dense sx={{ minWidth: 220 }}>
        {ws.shared_with.map((a) => (
          <ListItem key={`${a.actor_type}-${a.id}`}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {a.actor_type === 'group' ? <GroupIcon fontSize="small" /> : <PersonIcon fontSize="small" />}
            </ListItemIcon>
            <ListItemText primary={actorName(a)} secondary={a.roles.join(', ') || 'no role'} />
          </ListItem>
        ))}
      </List>
    </Popover>
  );
}

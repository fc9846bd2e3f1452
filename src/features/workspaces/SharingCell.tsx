import GroupIcon from '@mui/icons-material/Groups';
import PersonIcon from '@mui/icons-material/Person';
import ShareIcon from '@mui/icons-material/PeopleAlt';
import { List, ListItem, ListItemIcon, ListItemText, Popover, Typography } from '@mui/material';
import { useState } from 'react';
import type { SharedWorkspaceActor, Workspace } from '../../api/workspaces';
import { Pill } from '../../components/Pill';

const actorName = (a: SharedWorkspaceActor) => (a.actor_type === 'group' ? `${a.name} (group)` : a.name);

/** "alice, Frontend (group) +2": who a workspace is shared with, the same words for every viewer. */
function sharingSummary(ws: Workspace): string | undefined {
  const actors = ws.shared_with;
  if (!actors.length) return undefined;
  const named = actors.slice(0, 2).map(actorName).join(', ');
  return actors.length > 2 ? `${named} +${actors.length - 2}` : named;
}

/** The sharing column: a summary chip; a click lists every sharee with their role. */
export function SharingCell({ ws }: { ws: Workspace }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const summary = sharingSummary(ws);
  if (!summary) return null;
  const n = ws.shared_with.length;
  return (
    <>
      <Pill
        variant="outlined"
        icon={<ShareIcon fontSize="inherit" />}
        label={summary}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={`Shared with ${n} ${n === 1 ? 'person or group' : 'people and groups'}: ${summary}`}
        aria-haspopup="dialog"
      />
      {anchor && (
        <Popover
          open
          anchorEl={anchor}
          onClose={() => setAnchor(null)}
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
                  {a.actor_type === 'group' ? (
                    <GroupIcon fontSize="small" />
                  ) : (
                    <PersonIcon fontSize="small" />
                  )}
                </ListItemIcon>
                <ListItemText primary={actorName(a)} secondary={a.roles.join(', ') || 'no role'} />
              </ListItem>
            ))}
          </List>
        </Popover>
      )}
    </>
  );
}

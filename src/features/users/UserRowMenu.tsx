import MoreVertIcon from '@mui/icons-material/MoreVert';
import { Divider, IconButton, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { User } from '../../api/users';
import { paths } from '../../lib/paths';
import type { UserAbilities, UserAction } from './userActions';

type Props = { user: User; can: UserAbilities; onAction: (a: UserAction) => void };

/** Per-row actions; each appears only when allowed, and self/owner rules show why they are off. */
export function UserRowMenu({ user, can, onAction }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const self = user.id === can.meId;
  const isOwner = user.roles.some((r) => r.name === 'owner');
  const act = (kind: 'suspend' | 'activate' | 'delete' | 'resetPassword' | 'roles') => {
    setAnchor(null);
    onAction({ kind, user });
  };
  const admin = can.update || can.delete || can.assignRoles;
  return (
    <>
      <IconButton
        aria-label={`More actions for ${user.username}`}
        aria-haspopup="menu"
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <MoreVertIcon />
      </IconButton>
      {/* Mounted only while open: a closed Menu per row costs every row render (see bench). */}
      {anchor && (
        <Menu anchorEl={anchor} open onClose={() => setAnchor(null)}>
          <MenuItem component={RouterLink} to={paths.user(user.username)}>
            View user
          </MenuItem>
          <MenuItem component={RouterLink} to={paths.workspaces(`owner:${user.username}`)}>
            View workspaces
          </MenuItem>
          {admin && <Divider />}
          {can.assignRoles && (
            <MenuItem disabled={self} onClick={() => act('roles')}>
              <ListItemText
                primary="Edit roles…"
                secondary={self ? 'You cannot change your own roles' : undefined}
              />
            </MenuItem>
          )}
          {can.update && user.login_type === 'password' && (
            <MenuItem onClick={() => act('resetPassword')}>Reset password…</MenuItem>
          )}
          {can.update && user.status !== 'suspended' && (
            <MenuItem disabled={self || isOwner} onClick={() => act('suspend')}>
              <ListItemText
                primary="Suspend…"
                secondary={
                  self ? 'You cannot suspend yourself' : isOwner ? 'Remove the Owner role first' : undefined
                }
              />
            </MenuItem>
          )}
          {can.update && user.status === 'suspended' && (
            <MenuItem onClick={() => act('activate')}>Activate…</MenuItem>
          )}
          {can.delete && (
            <MenuItem disabled={self} onClick={() => act('delete')} sx={{ color: 'error.main' }}>
              <ListItemText primary="Delete…" secondary={self ? 'You cannot delete yourself' : undefined} />
            </MenuItem>
          )}
        </Menu>
      )}
    </>
  );
}

import { Divider, ListItemText, Menu, MenuItem } from '../../components/Menu';
import { useState } from 'react';
import { RowMenuButton } from '../../components/LeanTable';
import { Link as RouterLink } from 'react-router';
import type { User } from '../../api/users';
import { paths } from '../../lib/paths';
import type { UserAbilities, UserAction } from './userActions';

type Props = {
  user: User;
  can: UserAbilities;
  onAction: (a: UserAction) => void;
  /** On the user's own page: no "View user". */
  onUserPage?: boolean;
};

/** Per-row actions; each appears only when allowed, and self/owner rules show why they are off. */
export function UserRowMenu({ user, can, onAction, onUserPage }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const self = user.id === can.meId;
  const isOwner = user.roles.some((r) => r.name === 'owner');
  const act = (kind: 'suspend' | 'activate' | 'delete' | 'resetPassword' | 'roles') => {
    setAnchor(null);
    onAction({ kind, user });
  };
  const assignAny = can.assignAny ?? true;
  const ownerGuard = isOwner && !(can.manageOwners ?? false);
  const admin = can.update || can.delete || can.assignRoles;
  return (
    <>
      <RowMenuButton label={`More actions for ${user.username}`} onOpen={setAnchor} />
      {/* Mounted only while open: a closed Menu per row costs every row render (see bench). */}
      {anchor && (
        <Menu anchorEl={anchor} open onClose={() => setAnchor(null)}>
          {!onUserPage && (
            <MenuItem component={RouterLink} to={paths.user(user.username)}>
              View user
            </MenuItem>
          )}
          <MenuItem component={RouterLink} to={paths.workspaces(`owner:${user.username}`)}>
            View workspaces
          </MenuItem>
          {admin && <Divider />}
          {can.assignRoles && (
            <MenuItem disabled={self || !assignAny} onClick={() => act('roles')}>
              <ListItemText
                primary="Edit roles…"
                secondary={
                  self
                    ? 'You cannot change your own roles'
                    : !assignAny
                      ? 'Your roles cannot assign any site role'
                      : undefined
                }
              />
            </MenuItem>
          )}
          {can.update && user.login_type === 'password' && (
            <MenuItem disabled={self || ownerGuard} onClick={() => act('resetPassword')}>
              <ListItemText
                primary="Reset password…"
                secondary={
                  self
                    ? 'Change your own on the Account page'
                    : ownerGuard
                      ? 'Only owners can change an Owner’s password'
                      : undefined
                }
              />
            </MenuItem>
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

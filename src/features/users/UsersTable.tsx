import { dateColumn, ellipsis, fixedLayout, hideOnPhone, stickyActions } from '../../components/columns';
import { memo } from 'react';
import {
  Checkbox,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import type { User } from '../../api/users';
import { UserCell } from '../../components/UserCell';
import { paths } from '../../lib/paths';
import { formatDate } from '../../lib/time';
import { loginTypeLabel } from './loginTypes';
import { RoleChips, UserStatusChip, WhenCell } from './UserBadges';
import type { UserAbilities, UserAction } from './userActions';
import { UserRowMenu } from './UserRowMenu';
import type { UserSelection } from './useUserSelection';

type Props = {
  users: User[];
  can: UserAbilities;
  /** Present when bulk actions are allowed. */
  selection?: UserSelection;
  onAction: (a: UserAction) => void;
  onRowIntent?: (u: User) => void;
};

/** Memoized: the page renders it from a deferred copy of its rows (see UsersPageView). */
export const UsersTable = memo(function UsersTable({ users, can, selection, onAction, onRowIntent }: Props) {
  const pickedHere = selection ? users.filter((u) => selection.isPicked(u)).length : 0;
  return (
    <TableContainer>
      <Table size="small" aria-label="Users" sx={fixedLayout(1100)}>
        <TableHead>
          <TableRow>
            {selection && (
              <TableCell padding="checkbox" sx={{ width: 52 }}>
                <Checkbox
                  slotProps={{ input: { 'aria-label': 'Select all users on this page' } }}
                  checked={users.length > 0 && pickedHere === users.length}
                  indeterminate={pickedHere > 0 && pickedHere < users.length}
                  onChange={(e) => selection.setPage(users, e.target.checked)}
                />
              </TableCell>
            )}
            <TableCell>User</TableCell>
            <TableCell sx={{ ...hideOnPhone, width: 230 }}>Email</TableCell>
            <TableCell sx={{ ...hideOnPhone, width: 140 }}>Roles</TableCell>
            <TableCell sx={{ width: 124 }}>Status</TableCell>
            <TableCell sx={{ ...hideOnPhone, width: 100 }}>Login type</TableCell>
            <TableCell sx={{ ...dateColumn, width: 124 }}>Last seen</TableCell>
            <TableCell sx={{ ...dateColumn, width: 120 }}>Created</TableCell>
            <TableCell align="right" aria-label="Actions" sx={{ ...stickyActions, width: 56 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {users.map((u) => (
            <TableRow key={u.id} hover selected={selection?.isPicked(u)}>
              {selection && (
                <TableCell padding="checkbox">
                  <Checkbox
                    slotProps={{ input: { 'aria-label': `Select ${u.username}` } }}
                    checked={selection.isPicked(u)}
                    disabled={selection.allMatching}
                    onChange={() => selection.toggle(u)}
                  />
                </TableCell>
              )}
              <TableCell sx={{ maxWidth: 280 }}>
                <UserCell
                  username={u.username}
                  name={u.name}
                  avatarUrl={u.avatar_url}
                  to={paths.user(u.username)}
                  onLinkIntent={onRowIntent && (() => onRowIntent(u))}
                  secondary={
                    u.is_service_account ? (
                      <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: 'center' }}>
                        <Chip size="small" label="Service account" component="span" />
                      </Stack>
                    ) : undefined
                  }
                />
              </TableCell>
              <TableCell sx={{ ...hideOnPhone, ...ellipsis }} title={u.email || undefined}>
                {u.email || '—'}
              </TableCell>
              <TableCell sx={hideOnPhone}>
                <RoleChips roles={u.roles} />
              </TableCell>
              <TableCell>
                <UserStatusChip status={u.status} />
              </TableCell>
              <TableCell sx={hideOnPhone}>{loginTypeLabel(u.login_type)}</TableCell>
              <TableCell sx={dateColumn}>
                <WhenCell iso={u.last_seen_at} />
              </TableCell>
              <TableCell sx={dateColumn}>{formatDate(u.created_at)}</TableCell>
              <TableCell align="right" padding="checkbox" sx={stickyActions}>
                <UserRowMenu user={u} can={can} onAction={onAction} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
});

import { memo } from 'react';
import { Cell, HeadCell, LeanTable, Row, RowCheckbox, SelectPageCell } from '../../components/LeanTable';
import { Pill } from '../../components/Pill';
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
    <LeanTable label="Users" minWidth={1100}>
      <thead>
        <tr>
          {selection && (
            <SelectPageCell
              noun="users"
              total={users.length}
              picked={pickedHere}
              onChange={(checked) => selection.setPage(users, checked)}
            />
          )}
          <HeadCell>User</HeadCell>
          <HeadCell phoneHide width={230}>
            Email
          </HeadCell>
          <HeadCell phoneHide width={140}>
            Roles
          </HeadCell>
          <HeadCell width={124}>Status</HeadCell>
          <HeadCell phoneHide width={100}>
            Login type
          </HeadCell>
          <HeadCell phoneHide width={124}>
            Last seen
          </HeadCell>
          <HeadCell phoneHide width={120}>
            Created
          </HeadCell>
          <HeadCell align="right" aria-label="Actions" sticky width={56} />
        </tr>
      </thead>
      <tbody>
        {users.map((u) => {
          const picked = selection?.isPicked(u) ?? false;
          return (
            <Row key={u.id} picked={picked}>
              {selection && (
                <Cell check>
                  <RowCheckbox
                    label={`Select ${u.username}`}
                    checked={picked}
                    disabled={selection.allMatching}
                    onChange={() => selection.toggle(u)}
                  />
                </Cell>
              )}
              <Cell style={{ maxWidth: 280 }}>
                <UserCell
                  username={u.username}
                  name={u.name}
                  avatarUrl={u.avatar_url}
                  to={paths.user(u.username)}
                  onLinkIntent={onRowIntent && (() => onRowIntent(u))}
                  secondary={u.is_service_account ? <Pill label="Service account" /> : undefined}
                />
              </Cell>
              <Cell phoneHide ellipsis title={u.email || undefined}>
                {u.email || '—'}
              </Cell>
              <Cell phoneHide>
                <RoleChips roles={u.roles} />
              </Cell>
              <Cell>
                <UserStatusChip status={u.status} />
              </Cell>
              <Cell phoneHide>{loginTypeLabel(u.login_type)}</Cell>
              <Cell phoneHide nowrap>
                <WhenCell iso={u.last_seen_at} />
              </Cell>
              <Cell phoneHide nowrap>
                {formatDate(u.created_at)}
              </Cell>
              <Cell align="right" check sticky>
                <UserRowMenu user={u} can={can} onAction={onAction} />
              </Cell>
            </Row>
          );
        })}
      </tbody>
    </LeanTable>
  );
});

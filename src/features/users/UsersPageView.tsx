import AddIcon from '@mui/icons-material/PersonAdd';
import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useMemo } from 'react';
import type { AssignableRole } from '../../api/common';
import type { User } from '../../api/users';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { PageHeader } from '../../components/PageHeader';
import type { ListState } from '../../lib/listState';
import type { ListView } from '../../lib/useListQuery';
import { BulkBar } from './BulkBar';
import type { UserAbilities, UserAction } from './userActions';
import { userDropdowns, userFilterKeys, userPresets } from './userFilters';
import { UsersTable } from './UsersTable';
import type { UserSelection } from './useUserSelection';

type Props = {
  users: ListView<User> & { state: ListState };
  roles: AssignableRole[];
  can: UserAbilities;
  selection?: UserSelection;
  onAction: (a: UserAction) => void;
  /** The pointer or focus reached a user's link (to prefetch their page). */
  onRowIntent?: (u: User) => void;
};

export function UsersPageView(p: Props) {
  const { users } = p;
  const list = users.state;
  const filter = useMemo(
    () => ({
      label: 'Search users',
      placeholder: 'e.g. status:active role:owner last_seen_before:"2025-01-01T00:00:00Z" alice',
      presets: userPresets(),
      keys: userFilterKeys(p.roles),
      dropdowns: userDropdowns(p.roles),
    }),
    [p.roles],
  );
  return (
    <ListPage
      view={users}
      savedViews="users"
      rowState={p.selection}
      noun="users"
      header={
        <PageHeader
          title="Users"
          description="Everyone with an account on this deployment."
          actions={
            <>
              <Button
                startIcon={<DownloadIcon />}
                disabled={users.total === 0}
                onClick={() => p.onAction({ kind: 'export' })}
              >
                Export CSV
              </Button>
              {p.can.create && (
                <Button
                  variant="contained"
                  startIcon={<AddIcon />}
                  onClick={() => p.onAction({ kind: 'create' })}
                >
                  Create user
                </Button>
              )}
            </>
          }
        />
      }
      filter={filter}
      toolbar={
        p.selection &&
        users.rows && (
          <BulkBar
            selection={p.selection}
            pageUsers={users.rows}
            count={users.total}
            filter={list.filter}
            roles={p.roles}
            can={p.can}
            onAction={p.onAction}
          />
        )
      }
      empty={<EmptyState title="No users yet" description="Create the first user to get started." />}
    >
      {(rows, selection) => (
        <UsersTable
          users={rows}
          can={p.can}
          selection={selection}
          onAction={p.onAction}
          onRowIntent={p.onRowIntent}
        />
      )}
    </ListPage>
  );
}

import AddIcon from '@mui/icons-material/PersonAdd';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Paper } from '@mui/material';
import { useDeferredValue } from 'react';
import type { AssignableRole } from '../../api/common';
import type { User, UsersResponse } from '../../api/users';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar } from '../../components/FilterBar';
import { SavedViews } from '../../components/SavedViews';
import { RefetchBar } from '../../components/RefetchBar';
import { ListBody } from '../../components/ListBody';
import { PageHeader } from '../../components/PageHeader';
import { listTotal, type ListState } from '../../lib/listState';
import { BulkBar } from './BulkBar';
import type { UserAbilities, UserAction } from './userActions';
import { userDropdowns, userFilterKeys, userPresets } from './userFilters';
import { UsersTable } from './UsersTable';
import type { UserSelection } from './useUserSelection';

type Props = {
  list: ListState;
  /** The rows to show: the current page, or the last good one while loading or after a bad filter. */
  data: UsersResponse | undefined;
  loading: boolean;
  /** The server's complaint about the filter (400 with validations), shown under the field. */
  filterError?: string;
  /** Any other failure. */
  error?: unknown;
  roles: AssignableRole[];
  can: UserAbilities;
  selection?: UserSelection;
  onAction: (a: UserAction) => void;
  /** The pointer or focus reached a user's link (to prefetch their page). */
  onRowIntent?: (u: User) => void;
  onRetry: () => void;
};

export function UsersPageView(p: Props) {
  const { list, data } = p;
  // A new page renders in the background (interruptible) instead of in one long task; the memoized
  // table keeps showing the previous rows meanwhile.
  const rows = useDeferredValue(data?.users);
  const total = data ? listTotal(data.count, data.users.length, (list.page - 1) * list.pageSize) : 0;
  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone with an account on this deployment."
        actions={
          <>
            <Button
              startIcon={<DownloadIcon />}
              disabled={total === 0}
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
      <FilterBar
        label="Search users"
        placeholder='e.g. status:active role:owner last_seen_before:"2025-01-01T00:00:00Z" alice'
        value={list.filter}
        onChange={list.setFilter}
        presets={userPresets()}
        keys={userFilterKeys(p.roles)}
        dropdowns={userDropdowns(p.roles)}
        error={p.filterError}
        views={<SavedViews scope="users" list={list} />}
      />
      {p.error !== undefined && <ErrorAlert error={p.error} onRetry={p.onRetry} />}
      <Paper variant="outlined">
        {p.selection && data && data.users.length > 0 && !p.filterError && (
          <BulkBar
            selection={p.selection}
            pageUsers={data.users}
            count={total}
            filter={list.filter}
            roles={p.roles}
            can={p.can}
            onAction={p.onAction}
          />
        )}
        <RefetchBar active={Boolean(p.loading && data)} label="Loading users" />
        <ListBody
          list={list}
          noun="users"
          data={data && { rows: data.users.length, count: data.count }}
          loading={p.loading}
          filterError={p.filterError}
          empty={<EmptyState title="No users yet" description="Create the first user to get started." />}
        >
          {data && (
            <UsersTable
              users={rows ?? data.users}
              can={p.can}
              selection={p.selection}
              onAction={p.onAction}
              onRowIntent={p.onRowIntent}
            />
          )}
        </ListBody>
      </Paper>
    </>
  );
}

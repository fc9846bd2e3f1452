import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import SyncIcon from '@mui/icons-material/Sync';
import { hideOnPhone, stickyActions } from '../../components/columns';
import {
  Button,
  Chip,
  IconButton,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import type { MemberWithUserData, PaginatedMembers } from '../../api/members';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar } from '../../components/FilterBar';
import { Loader } from '../../components/Loader';
import { TablePager } from '../../components/TablePager';
import { UserCell } from '../../components/UserCell';
import { isApiError } from '../../lib/http';
import { listTotal, type ListState } from '../../lib/listState';

export type MemberAction =
  | { kind: 'add' }
  | { kind: 'remove'; member: MemberWithUserData }
  | { kind: 'roles'; member: MemberWithUserData };

type Props = {
  list: ListState;
  members: UseQueryResult<PaginatedMembers>;
  /** Undefined when groups are not available (no permission or no Premium). */
  groupsByUser?: Map<string, { label: string; syncTo?: string }[]>;
  meId?: string;
  can: { add: boolean; remove: boolean; editRoles: boolean };
  onAction: (a: MemberAction) => void;
};

const presets = [
  { label: 'All members', filter: '' },
  { label: 'Active members', filter: 'status:active' },
  { label: 'Dormant members', filter: 'status:dormant' },
  { label: 'Suspended members', filter: 'status:suspended' },
];
const keys = [
  { key: 'status', description: 'Account status', values: ['active', 'dormant', 'suspended'] },
  { key: 'login_type', description: 'How they sign in', values: ['password', 'github', 'oidc', 'none'] },
  {
    key: 'role',
    description: 'Site-wide role',
    values: ['owner', 'user-admin', 'template-admin', 'auditor'],
  },
];

export function MembersPageView({ list, members, groupsByUser, meId, can, onAction }: Props) {
  const filterError =
    isApiError(members.error) && members.error.status === 400
      ? members.error.validations[0]?.detail
      : undefined;
  const data = members.data;
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h2">Members</Typography>
        {can.add && (
          <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => onAction({ kind: 'add' })}>
            Add member
          </Button>
        )}
      </Stack>
      <FilterBar
        label="Search members"
        value={list.filter}
        onChange={list.setFilter}
        presets={presets}
        keys={keys}
        error={filterError ?? (isApiError(members.error) ? members.error.message : undefined)}
        placeholder="Search by username or email"
      />
      {members.isError && !filterError && (
        <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      )}
      {members.isPending && <Loader />}
      {data && (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="Members">
            <TableHead>
              <TableRow>
                <TableCell>User</TableCell>
                <TableCell>Organization roles</TableCell>
                {groupsByUser && <TableCell sx={hideOnPhone}>Groups</TableCell>}
                <TableCell align="right" sx={stickyActions}>
                  Actions
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.members.map((m) => (
                <TableRow key={m.user_id} hover>
                  <TableCell>
                    <UserCell username={m.username} avatarUrl={m.avatar_url} secondary={m.email || m.name} />
                  </TableCell>
                  <TableCell>
                    <Stack
                      direction="row"
                      spacing={0.5}
                      useFlexGap
                      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
                    >
                      {(m.roles ?? []).length === 0 && (
                        <Typography variant="body2" color="text.secondary">
                          Member
                        </Typography>
                      )}
                      {(m.roles ?? []).map((r) => (
                        <Chip key={r.name} size="small" label={r.display_name || r.name} />
                      ))}
                      {can.editRoles && m.user_id !== meId && (
                        <Tooltip title="Edit roles">
                          <IconButton
                            size="small"
                            aria-label={`Edit roles of ${m.username}`}
                            onClick={() => onAction({ kind: 'roles', member: m })}
                          >
                            <EditIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      )}
                    </Stack>
                  </TableCell>
                  {groupsByUser && (
                    <TableCell sx={hideOnPhone}>
                      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {(groupsByUser.get(m.user_id) ?? []).map((g) =>
                          g.syncTo ? (
                            <Chip
                              key={g.label}
                              size="small"
                              variant="outlined"
                              icon={<SyncIcon />}
                              label={g.label}
                              component={RouterLink}
                              to={g.syncTo}
                              clickable
                              aria-label={`${g.label}, synced from the identity provider: see its mapping`}
                            />
                          ) : (
                            <Chip key={g.label} size="small" variant="outlined" label={g.label} />
                          ),
                        )}
                      </Stack>
                    </TableCell>
                  )}
                  <TableCell align="right" sx={stickyActions}>
                    {can.remove && m.user_id !== meId && (
                      <Tooltip title="Remove from organization">
                        <IconButton
                          aria-label={`Remove ${m.username}`}
                          onClick={() => onAction({ kind: 'remove', member: m })}
                        >
                          <PersonRemoveIcon />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {data.members.length === 0 && (
            <EmptyState
              title="No members found"
              description={list.filter ? 'Try another search.' : undefined}
            />
          )}
          <TablePager
            count={listTotal(data.count, data.members.length, (list.page - 1) * list.pageSize)}
            page={list.page}
            pageSize={list.pageSize}
            onPageChange={list.setPage}
            onPageSizeChange={list.setPageSize}
          />
        </TableContainer>
      )}
    </>
  );
}

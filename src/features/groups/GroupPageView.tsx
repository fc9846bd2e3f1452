import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import {
  Alert,
  Breadcrumbs,
  Button,
  IconButton,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Group, GroupMembers, ReducedUser } from '../../api/groups';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { TablePager } from '../../components/TablePager';
import { UserCell } from '../../components/UserCell';
import { listTotal, type ListState } from '../../lib/listState';
import { paths } from '../../lib/paths';
import { useDebounce } from 'use-debounce';
import { GroupAvatar } from './GroupAvatar';
import { groupLabel } from './groupLabel';
import { GroupSourceChip } from './GroupsPageView';

export type GroupAction =
  { kind: 'edit' } | { kind: 'delete' } | { kind: 'add' } | { kind: 'remove'; user: ReducedUser };

type Props = {
  group: Group;
  members: UseQueryResult<GroupMembers>;
  list: ListState;
  can: { edit: boolean; delete: boolean; editMembers: boolean };
  onAction: (a: GroupAction) => void;
  /** The organization's IdP sync tab, for those who may read it (a synced group links to its mapping). */
  idpSyncTo?: string;
};

function MembershipNote({ group, idpSyncTo }: { group: Group; idpSyncTo?: string }) {
  if (group.id === group.organization_id)
    return (
      <Alert severity="info">
        Everyone always contains every member of {group.organization_display_name || group.organization_name}.
        To change who is in it, add or remove people on the organization’s{' '}
        <Link component={RouterLink} to={paths.organizationMembers(group.organization_name)}>
          Members page
        </Link>
        . It cannot be renamed or deleted.
      </Alert>
    );
  if (group.source === 'oidc')
    return (
      <Alert severity="info">
        This group is synced from your identity provider: its members are updated when they sign in. Change
        membership in the identity provider, not here.
        {idpSyncTo && (
          <>
            {' '}
            <Link component={RouterLink} to={idpSyncTo}>
              See the group sync mapping
            </Link>
            .
          </>
        )}
      </Alert>
    );
  return null;
}

/** Search box writing the list's `filter` after typing settles. */
function MemberSearch({ list }: { list: ListState }) {
  const [text, setText] = useState(list.filter);
  const [settled] = useDebounce(text, 300);
  const { filter, setFilter } = list;
  useEffect(() => {
    if (settled !== filter) setFilter(settled);
  }, [settled]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <TextField
      size="small"
      label="Search members"
      value={text}
      onChange={(e) => setText(e.target.value)}
      sx={{ mb: 2, maxWidth: 420 }}
      fullWidth
      slotProps={{ htmlInput: { 'data-page-search': true } }}
    />
  );
}

export function GroupPageView({ group, members, list, can, onAction, idpSyncTo }: Props) {
  return (
    <>
      <Breadcrumbs sx={{ mb: 1 }}>
        <Link
          component={RouterLink}
          to={paths.organizationGroups(group.organization_name)}
          underline="hover"
          color="inherit"
        >
          {group.organization_display_name || group.organization_name} groups
        </Link>
        <Typography color="text.primary">{groupLabel(group)}</Typography>
      </Breadcrumbs>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <GroupAvatar group={group} size={56} />
        <Stack sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="h1">{groupLabel(group)}</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography color="text.secondary">{group.name}</Typography>
            <GroupSourceChip group={group} />
            <Typography color="text.secondary">· Quota allowance {group.quota_allowance}</Typography>
          </Stack>
        </Stack>
        <Stack direction="row" spacing={1}>
          {can.edit && (
            <Button variant="outlined" startIcon={<EditIcon />} onClick={() => onAction({ kind: 'edit' })}>
              Edit group
            </Button>
          )}
          {can.delete && (
            <Button
              color="error"
              variant="outlined"
              startIcon={<DeleteIcon />}
              onClick={() => onAction({ kind: 'delete' })}
            >
              Delete group
            </Button>
          )}
        </Stack>
      </Stack>
      <Stack spacing={2} sx={{ mb: 2 }}>
        <MembershipNote group={group} idpSyncTo={idpSyncTo} />
      </Stack>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h2">Members</Typography>
        {can.editMembers && (
          <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => onAction({ kind: 'add' })}>
            Add member
          </Button>
        )}
      </Stack>
      <MemberSearch list={list} />
      {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
      {members.isPending && <Loader />}
      {members.data && (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label="Group members">
            <TableHead>
              <TableRow>
                <TableCell>User</TableCell>
                <TableCell>Email</TableCell>
                {can.editMembers && <TableCell align="right">Actions</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {members.data.users.map((u) => (
                <TableRow key={u.id} hover>
                  <TableCell>
                    <UserCell username={u.username} name={u.name} avatarUrl={u.avatar_url} />
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{u.email}</TableCell>
                  {can.editMembers && (
                    <TableCell align="right">
                      <Tooltip title="Remove from group">
                        <IconButton
                          aria-label={`Remove ${u.username} from group`}
                          onClick={() => onAction({ kind: 'remove', user: u })}
                        >
                          <PersonRemoveIcon />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {members.data.users.length === 0 && (
            <EmptyState title={list.filter ? 'No members match' : 'No members yet'} />
          )}
          <TablePager
            count={listTotal(members.data.count, members.data.users.length, (list.page - 1) * list.pageSize)}
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

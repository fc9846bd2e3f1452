import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import {
  Alert,
  Breadcrumbs,
  Button,
  IconButton,
  Link,
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
import { Link as RouterLink } from 'react-router';
import type { Group, ReducedUser } from '../../api/groups';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { UserCell } from '../../components/UserCell';
import { paths } from '../../lib/paths';
import type { ListView } from '../../lib/useListQuery';
import { GroupAvatar } from './GroupAvatar';
import { groupLabel } from './groupLabel';
import { GroupSourceChip } from './GroupsPageView';
import { MembersHeader } from '../../components/MembersHeader';

export type GroupAction =
  { kind: 'edit' } | { kind: 'delete' } | { kind: 'add' } | { kind: 'remove'; user: ReducedUser };

type Props = {
  group: Group;
  members: ListView<ReducedUser>;
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

export function GroupPageView({ group, members, can, onAction, idpSyncTo }: Props) {
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
      <ListPage
        view={members}
        noun="members"
        header={<MembersHeader onAdd={can.editMembers ? () => onAction({ kind: 'add' }) : undefined} />}
        filter={{
          label: 'Search members',
          presets: [],
          keys: [],
          placeholder: 'Search by username or email',
        }}
        empty={<EmptyState title="No members yet" />}
      >
        {(rows) => (
          <TableContainer>
            <Table aria-label="Group members">
              <TableHead>
                <TableRow>
                  <TableCell>User</TableCell>
                  <TableCell>Email</TableCell>
                  {can.editMembers && <TableCell align="right">Actions</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((u) => (
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
          </TableContainer>
        )}
      </ListPage>
    </>
  );
}

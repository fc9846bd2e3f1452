import EditIcon from '@mui/icons-material/Edit';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import SyncIcon from '@mui/icons-material/Sync';
import { hideOnPhone, stickyActions } from '../../components/columns';
import {
  Chip,
  IconButton,
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
import type { MemberWithUserData } from '../../api/members';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { UserCell } from '../../components/UserCell';
import type { ListView } from '../../lib/useListQuery';
import { MembersHeader } from '../../components/MembersHeader';

export type MemberAction =
  | { kind: 'add' }
  | { kind: 'remove'; member: MemberWithUserData }
  | { kind: 'roles'; member: MemberWithUserData };

type Props = {
  members: ListView<MemberWithUserData>;
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

export function MembersPageView({ members, groupsByUser, meId, can, onAction }: Props) {
  return (
    <ListPage
      view={members}
      noun="members"
      header={<MembersHeader onAdd={can.add ? () => onAction({ kind: 'add' }) : undefined} />}
      filter={{ label: 'Search members', presets, keys, placeholder: 'Search by username or email' }}
      empty={<EmptyState title="No members yet" />}
    >
      {(rows) => (
        <TableContainer>
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
              {rows.map((m) => (
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
        </TableContainer>
      )}
    </ListPage>
  );
}

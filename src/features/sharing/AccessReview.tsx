import {
  Alert,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQueries, useQuery } from '@tanstack/react-query';
import { groupsQueries } from '../../api/groups';
import { workspaceAclQueries, type WorkspaceGroup } from '../../api/workspaceAcl';
import type { Workspace } from '../../api/workspaces';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { UserCell } from '../../components/UserCell';
import { ROLE_HELP } from './roles';

type Entry = {
  username: string;
  name?: string;
  avatar?: string;
  how: string;
  role: 'owner' | 'admin' | 'use';
};
const rank = { owner: 0, admin: 1, use: 2 } as const;

/** Everyone who can reach the workspace through sharing, and how: owner, directly, or through a group. */
export function AccessReview({ ws }: { ws: Workspace }) {
  const acl = useQuery(workspaceAclQueries.acl(ws.id));
  const groups = acl.data?.group ?? [];
  const members = useQueries({
    queries: groups.map((g) => ({
      ...groupsQueries.members(g.id, { filter: '', page: 1, pageSize: 100 }),
      retry: false,
    })),
  });
  if (acl.isError) return <ErrorAlert error={acl.error} onRetry={() => void acl.refetch()} />;
  if (!acl.data) return <Loader label="Loading access" />;
  const entries: Entry[] = [
    { username: ws.owner_name, avatar: ws.owner_avatar_url, how: 'Owner', role: 'owner' as const },
    ...acl.data.users.map((u) => ({
      username: u.username,
      name: u.name,
      avatar: u.avatar_url,
      how: 'Directly',
      role: u.role,
    })),
    ...groups.flatMap((g: WorkspaceGroup, i) =>
      (members[i]?.data?.users ?? []).map((u) => ({
        username: u.username,
        name: u.name,
        avatar: u.avatar_url,
        how: `Through group ${g.display_name || g.name}`,
        role: g.role,
      })),
    ),
  ].sort((a, b) => a.username.localeCompare(b.username) || rank[a.role] - rank[b.role]);
  const hidden = groups.filter((_, i) => members[i]?.isError);
  return (
    <Paper variant="outlined">
      <Typography variant="h3" sx={{ p: 2, pb: 0 }}>
        Who can reach this workspace
      </Typography>
      <Typography color="text.secondary" sx={{ px: 2, pb: 1 }}>
        Through ownership and sharing. Organization admins and deployment owners can reach it as well.
      </Typography>
      {hidden.length > 0 && (
        <Alert severity="info" sx={{ mx: 2, mb: 1 }}>
          You cannot list the members of {hidden.map((g) => g.name).join(', ')}; everyone in{' '}
          {hidden.length === 1 ? 'that group' : 'those groups'} has access.
        </Alert>
      )}
      <Table size="small" aria-label="Access review">
        <TableHead>
          <TableRow>
            <TableCell>Person</TableCell>
            <TableCell>How</TableCell>
            <TableCell>Role</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={`${e.username}-${e.how}`}>
              <TableCell>
                <UserCell username={e.username} name={e.name} avatarUrl={e.avatar} size={28} />
              </TableCell>
              <TableCell>{e.how}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={e.role}
                  title={e.role === 'owner' ? 'Owns the workspace' : ROLE_HELP[e.role]}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}

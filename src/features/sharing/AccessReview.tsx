import DownloadIcon from '@mui/icons-material/Download';
import SearchIcon from '@mui/icons-material/Search';
import {
  Alert,
  Box,
  Button,
  Chip,
  InputAdornment,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { groupsQueries } from '../../api/groups';
import { usersQueries } from '../../api/users';
import { workspaceAclQueries, type WorkspaceGroup } from '../../api/workspaceAcl';
import type { Workspace } from '../../api/workspaces';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { UserCell } from '../../components/UserCell';
import { downloadText, toCsv } from '../../lib/csv';
import { plural } from '../../lib/plural';
import { ROLE_HELP } from './roles';

type Role = 'owner' | 'admin' | 'use';
type Status = 'active' | 'dormant' | 'suspended';
type Path = { how: string; role: Role };
/** One person, however many ways they reach the workspace. */
type Person = {
  username: string;
  name?: string;
  avatar?: string;
  status?: Status;
  /** The highest role among the paths: what they can actually do. */
  role: Role;
  paths: Path[];
};
const rank: Record<Role, number> = { owner: 0, admin: 1, use: 2 };
const roleLabel: Record<Role, string> = { owner: 'Owner', admin: 'Admin', use: 'Use' };
const isStatus = (s: string | undefined): s is Status =>
  s === 'active' || s === 'dormant' || s === 'suspended';

/** Folds every path (owner, direct share, each group) into one row per person with the highest role. */
function foldPeople(
  paths: { username: string; name?: string; avatar?: string; status?: string; path: Path }[],
): Person[] {
  const byName = new Map<string, Person>();
  for (const p of paths) {
    const known = byName.get(p.username);
    const status = isStatus(p.status) ? p.status : undefined;
    if (!known) {
      byName.set(p.username, {
        username: p.username,
        name: p.name,
        avatar: p.avatar,
        status,
        role: p.path.role,
        paths: [p.path],
      });
      continue;
    }
    known.name ||= p.name;
    known.avatar ||= p.avatar;
    known.status ??= status;
    if (!known.paths.some((x) => x.how === p.path.how)) known.paths.push(p.path);
    if (rank[p.path.role] < rank[known.role]) known.role = p.path.role;
  }
  const people = [...byName.values()];
  for (const p of people) p.paths.sort((a, b) => rank[a.role] - rank[b.role] || a.how.localeCompare(b.how));
  return people.sort((a, b) => rank[a.role] - rank[b.role] || a.username.localeCompare(b.username));
}

const describePath = (p: Path) => (p.how === 'Owner' ? 'Owner' : `${p.how} (${p.role})`);

/** Everyone who can reach the workspace through sharing: once each, with their effective role and why. */
export function AccessReview({ ws }: { ws: Workspace }) {
  const acl = useQuery(workspaceAclQueries.acl(ws.id));
  const [search, setSearch] = useState('');
  const groups = acl.data?.group ?? [];
  const members = useQueries({
    queries: groups.map((g) => ({
      ...groupsQueries.members(g.id, { filter: '', page: 1, pageSize: 100 }),
      retry: false,
    })),
  });
  // Group members carry their status; the owner and direct sharees are looked up (best effort: a viewer
  // who may not read a user simply sees no flag).
  const direct = [ws.owner_name, ...(acl.data?.users ?? []).map((u) => u.username)];
  const details = useQueries({
    queries: direct.map((username) => ({
      ...usersQueries.detail(username),
      retry: false,
      throwOnError: false,
      staleTime: 30_000,
    })),
  });
  if (acl.isError) return <ErrorAlert error={acl.error} onRetry={() => void acl.refetch()} />;
  if (!acl.data) return <Loader label="Loading access" />;
  const statusOf = (username: string) => details.find((d) => d.data?.username === username)?.data?.status;
  const people = foldPeople([
    {
      username: ws.owner_name,
      avatar: ws.owner_avatar_url,
      status: statusOf(ws.owner_name),
      path: { how: 'Owner', role: 'owner' },
    },
    ...acl.data.users.map((u) => ({
      username: u.username,
      name: u.name,
      avatar: u.avatar_url,
      status: statusOf(u.username),
      path: { how: 'Directly', role: u.role },
    })),
    ...groups.flatMap((g: WorkspaceGroup, i) =>
      (members[i]?.data?.users ?? []).map((u) => ({
        username: u.username,
        name: u.name,
        avatar: u.avatar_url,
        status: u.status,
        path: { how: `Group ${g.display_name || g.name}`, role: g.role },
      })),
    ),
  ]);
  const q = search.trim().toLowerCase();
  const shown = q
    ? people.filter((p) =>
        [p.username, p.name ?? '', ...p.paths.map((x) => x.how)].some((s) => s.toLowerCase().includes(q)),
      )
    : people;
  const hidden = groups.filter((_, i) => members[i]?.isError);
  const flagged = people.filter((p) => p.status && p.status !== 'active').length;
  const exportCsv = () =>
    downloadText(
      `${ws.owner_name}-${ws.name}-access.csv`,
      toCsv([
        ['username', 'name', 'status', 'effective_role', 'paths'],
        ...shown.map((p) => [
          p.username,
          p.name ?? '',
          p.status ?? '',
          p.role,
          p.paths.map(describePath).join('; '),
        ]),
      ]),
    );
  return (
    <Paper variant="outlined">
      <Box sx={{ p: 2, pb: 1 }}>
        <Typography variant="h3">Who can reach this workspace</Typography>
        <Typography color="text.secondary">
          {plural(people.length, 'person', 'people')} through ownership and sharing, each with the highest
          role any path gives them.
          {flagged > 0 && ` ${plural(flagged, 'of them is', 'of them are')} suspended or dormant.`}{' '}
          Organization admins and deployment owners can reach it as well.
        </Typography>
      </Box>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ px: 2, pt: 1, pb: 1.5, alignItems: { xs: 'flex-start', sm: 'center' } }}
      >
        <TextField
          size="small"
          label="Search people"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          sx={{ flexGrow: 1, width: { xs: '100%', sm: 'auto' }, maxWidth: { sm: 360 } }}
          slotProps={{
            htmlInput: { 'data-page-search': true },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <Box sx={{ flexGrow: 1 }} />
        <Button startIcon={<DownloadIcon />} onClick={exportCsv} disabled={shown.length === 0}>
          Export CSV
        </Button>
      </Stack>
      {hidden.length > 0 && (
        <Alert severity="info" sx={{ mx: 2, mb: 1 }}>
          You cannot list the members of {hidden.map((g) => g.name).join(', ')}; everyone in{' '}
          {hidden.length === 1 ? 'that group' : 'those groups'} has access.
        </Alert>
      )}
      <TableContainer>
        <Table size="small" aria-label="Access review" sx={{ tableLayout: 'fixed', minWidth: 320 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: { xs: '55%', md: '40%' } }}>Person</TableCell>
              <TableCell sx={{ width: { xs: '45%', md: 120 } }}>Role</TableCell>
              <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>Through</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((p) => (
              <TableRow key={p.username}>
                <TableCell>
                  <UserCell
                    username={p.username}
                    name={p.name}
                    avatarUrl={p.avatar}
                    size={28}
                    secondary={
                      p.status && p.status !== 'active' ? (
                        <Chip
                          component="span"
                          size="small"
                          variant="outlined"
                          color={p.status === 'suspended' ? 'error' : 'warning'}
                          label={p.status === 'suspended' ? 'Suspended' : 'Dormant'}
                          sx={{ color: 'text.primary' }}
                        />
                      ) : (
                        p.name
                      )
                    }
                  />
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={p.role === 'use' ? 'default' : 'primary'}
                    variant={p.role === 'use' ? 'filled' : 'outlined'}
                    label={roleLabel[p.role]}
                    title={p.role === 'owner' ? 'Owns the workspace' : ROLE_HELP[p.role]}
                  />
                  {/* On phones the paths sit under the role. */}
                  <Typography
                    variant="body2"
                    color="text.secondary"
                    sx={{ display: { xs: 'block', md: 'none' }, mt: 0.5 }}
                  >
                    {p.paths.map(describePath).join(', ')}
                  </Typography>
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  {p.paths.map(describePath).join(', ')}
                </TableCell>
              </TableRow>
            ))}
            {shown.length === 0 && (
              <TableRow>
                <TableCell colSpan={3}>
                  <Typography color="text.secondary">Nobody matches “{search.trim()}”.</Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

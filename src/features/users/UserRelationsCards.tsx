import {
  Card,
  CardContent,
  CardHeader,
  Chip,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { describeVia, sharedWorkspacesQueries } from '../../api/sharedWorkspaces';
import { usersQueries, type User } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { isApiError } from '../../lib/http';
import { paths } from '../../lib/paths';
import { formatCount, plural } from '../../lib/plural';

const n = formatCount;
const SHOWN = 25;
/** `organization-user-admin` → "Organization User Admin" (custom roles keep their name). */
const roleLabel = (name: string) =>
  name.startsWith('organization-')
    ? name
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' ')
    : name;

export function UserOrganizationsCard({ user }: { user: User }) {
  const orgs = useQuery(usersQueries.organizations(user.username));
  // Org roles need read_personal on the user; auditors see the organizations without them.
  const roles = useQuery(usersQueries.roles(user.username));
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardHeader
        title="Organizations"
        subheader={orgs.data ? plural(orgs.data.length, 'membership') : undefined}
      />
      <CardContent>
        {orgs.isPending && <Loader label="Loading organizations" />}
        {orgs.isError && <ErrorAlert error={orgs.error} onRetry={() => void orgs.refetch()} />}
        <List dense aria-label="Organizations" disablePadding>
          {orgs.data?.map((o) => (
            <ListItem key={o.id} disableGutters>
              <ListItemText
                primary={
                  <Link component={RouterLink} to={paths.organization(o.name)}>
                    {o.display_name || o.name}
                  </Link>
                }
                secondary={
                  <Stack direction="row" spacing={0.5} component="span" sx={{ flexWrap: 'wrap', mt: 0.5 }}>
                    <Chip size="small" label="Member" component="span" />
                    {(roles.data?.organization_roles[o.id] ?? []).map((r) => (
                      <Chip
                        key={r}
                        size="small"
                        variant="outlined"
                        color="primary"
                        label={roleLabel(r)}
                        component="span"
                      />
                    ))}
                  </Stack>
                }
                slotProps={{ secondary: { component: 'div' } }}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}

export function UserGroupsCard({ user }: { user: User }) {
  const groups = useQuery(usersQueries.groups(user.id));
  const premium = isApiError(groups.error) && groups.error.status === 403;
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardHeader title="Groups" subheader={groups.data ? plural(groups.data.length, 'group') : undefined} />
      <CardContent>
        {groups.isPending && <Loader label="Loading groups" />}
        {premium && (
          <Typography color="text.secondary">Groups need Coder Premium (or you cannot see them).</Typography>
        )}
        {groups.isError && !premium && (
          <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />
        )}
        {groups.data?.length === 0 && <Typography color="text.secondary">Not in any group.</Typography>}
        <List dense aria-label="Groups" disablePadding>
          {groups.data?.map((g) => (
            <ListItem key={g.id} disableGutters>
              <ListItemText
                primary={
                  <Link component={RouterLink} to={paths.group(g.organization_name, g.name)}>
                    {g.display_name || g.name}
                  </Link>
                }
                secondary={g.organization_display_name || g.organization_name}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}

export function UserWorkspacesCard({ user }: { user: User }) {
  const owned = useQuery(usersQueries.workspaces(`owner:${user.username}`, 1));
  // Directly and through any of their groups (one Coder query each, merged).
  const shared = useQuery(sharedWorkspacesQueries.all(user.username, ''));
  const list = shared.data?.workspaces ?? [];
  return (
    <Card variant="outlined">
      <CardHeader title="Workspaces" />
      <CardContent>
        <Stack spacing={2}>
          {owned.isError ? (
            <ErrorAlert error={owned.error} onRetry={() => void owned.refetch()} />
          ) : (
            <Typography>
              Owns{' '}
              <Link component={RouterLink} to={paths.workspaces(`owner:${user.username}`)}>
                {owned.data
                  ? plural(Math.max(owned.data.count, owned.data.workspaces.length), 'workspace')
                  : '… workspaces'}
              </Link>
            </Typography>
          )}
          <Typography variant="subtitle2">Shared with {user.username}</Typography>
          {shared.isPending && <Loader label="Loading shared workspaces" />}
          {shared.isError && <ErrorAlert error={shared.error} onRetry={() => void shared.refetch()} />}
          {shared.data && list.length === 0 && (
            <Typography color="text.secondary">Nothing is shared with them.</Typography>
          )}
          <List dense aria-label="Workspaces shared with this user" disablePadding>
            {list.slice(0, SHOWN).map((w) => {
              const via = shared.data?.via[w.id];
              return (
                <ListItem key={w.id} disableGutters>
                  <ListItemText
                    primary={
                      <Link component={RouterLink} to={paths.workspace(w.owner_name, w.name)}>
                        {w.owner_name}/{w.name}
                      </Link>
                    }
                    secondary={via && describeVia(via)}
                  />
                </ListItem>
              );
            })}
          </List>
          {list.length > SHOWN && (
            <Link component={RouterLink} to={paths.workspaces(`shared_with:${user.username}`)}>
              All {n(list.length)} shared workspaces
            </Link>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

import AddIcon from '@mui/icons-material/Add';
import SyncIcon from '@mui/icons-material/Sync';
import {
  Button,
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { Group } from '../../api/groups';
import type { Organization } from '../../api/organizations';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { paths } from '../../lib/paths';
import type { ListView } from '../../lib/useListQuery';
import { GroupAvatar } from './GroupAvatar';
import { groupLabel } from './groupLabel';
import { PageHeader } from '../../components/PageHeader';
import { formatCount } from '../../lib/plural';

/** Where an IdP-synced group's mapping is (the organization's IdP sync tab), and how the link reads. */
export type SyncLink = { to: string; label: string };

type Props = {
  org: Organization;
  groups: ListView<Group>;
  canCreate: boolean;
  onCreate: () => void;
  syncLink?: (g: Group) => SyncLink | undefined;
};

export function GroupSourceChip({ group }: { group: Group }) {
  if (group.id === group.organization_id) return <Chip size="small" variant="outlined" label="Everyone" />;
  return group.source === 'oidc' ? (
    <Chip size="small" icon={<SyncIcon />} label="Identity provider" />
  ) : (
    <Chip size="small" variant="outlined" label="Manual" />
  );
}

function GroupSource({ group, link }: { group: Group; link?: SyncLink }) {
  if (!link) return <GroupSourceChip group={group} />;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <GroupSourceChip group={group} />
      <Link component={RouterLink} to={link.to} variant="body2" underline="hover">
        {link.label}
      </Link>
    </Stack>
  );
}

export function GroupsPageView({ org, groups, canCreate, onCreate, syncLink }: Props) {
  return (
    <ListPage
      view={groups}
      noun="groups"
      header={
        <PageHeader
          level={2}
          title="Groups"
          description="Grant templates and workspace quota to many members at once."
          actions={
            canCreate && (
              <Button variant="contained" startIcon={<AddIcon />} onClick={onCreate}>
                Create group
              </Button>
            )
          }
        />
      }
      empty={<EmptyState title="No groups you can see" />}
    >
      {(rows) => (
        <TableContainer>
          <Table aria-label="Groups">
            <TableHead>
              <TableRow>
                <TableCell>Group</TableCell>
                <TableCell align="right">Members</TableCell>
                <TableCell>Source</TableCell>
                <TableCell align="right">Quota allowance</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((g) => (
                <TableRow key={g.id} hover>
                  <TableCell>
                    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                      <GroupAvatar group={g} />
                      <Stack sx={{ minWidth: 0 }}>
                        <Link
                          component={RouterLink}
                          to={paths.group(org.name, g.name)}
                          underline="hover"
                          sx={{ fontWeight: 600 }}
                        >
                          {groupLabel(g)}
                        </Link>
                        {g.display_name && (
                          <Typography variant="body2" color="text.secondary">
                            {g.name}
                          </Typography>
                        )}
                      </Stack>
                    </Stack>
                  </TableCell>
                  <TableCell align="right">{formatCount(g.total_member_count)}</TableCell>
                  <TableCell>
                    <GroupSource group={g} link={syncLink?.(g)} />
                  </TableCell>
                  <TableCell align="right">{formatCount(g.quota_allowance)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </ListPage>
  );
}

import AddIcon from '@mui/icons-material/Add';
import {
  Avatar,
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
import type { ComponentType } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Organization } from '../../api/organizations';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { NeedsPremium } from '../../components/NeedsPremium';
import { PageHeader } from '../../components/PageHeader';
import { paths } from '../../lib/paths';
import { imageSrc } from '../../lib/imageUrl';
import type { ListView } from '../../lib/useListQuery';

type Props = {
  orgs: ListView<Organization>;
  canCreate: boolean;
  showPremiumNote: boolean;
  CountCells: ComponentType<{ org: Organization }>;
  onCreate: () => void;
};

export function OrganizationsPageView({ orgs, canCreate, showPremiumNote, CountCells, onCreate }: Props) {
  return (
    <ListPage
      view={orgs}
      noun="organizations"
      header={
        <PageHeader
          title="Organizations"
          description="Organizations own templates, groups, provisioners and workspaces. You see the ones you belong to."
          actions={
            canCreate && (
              <Button variant="contained" startIcon={<AddIcon />} onClick={onCreate}>
                Create organization
              </Button>
            )
          }
        />
      }
      notice={
        showPremiumNote && (
          <Stack sx={{ mb: 2 }}>
            <NeedsPremium
              feature="Multiple organizations"
              description="Creating, editing and deleting organizations needs the multiple organizations entitlement."
            />
          </Stack>
        )
      }
      empty={<EmptyState title="No organizations" description="You are not a member of any organization." />}
    >
      {(rows) => (
        <TableContainer>
          <Table aria-label="Organizations">
            <TableHead>
              <TableRow>
                <TableCell>Organization</TableCell>
                <TableCell>Description</TableCell>
                <TableCell align="right">Members</TableCell>
                <TableCell align="right">Workspaces</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((o) => (
                <TableRow key={o.id} hover>
                  <TableCell>
                    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                      <Avatar src={imageSrc(o.icon)} alt="" variant="rounded">
                        {(o.display_name || o.name).slice(0, 1).toUpperCase()}
                      </Avatar>
                      <Stack sx={{ minWidth: 0 }}>
                        <Link
                          component={RouterLink}
                          to={paths.organization(o.name)}
                          underline="hover"
                          sx={{ fontWeight: 600 }}
                        >
                          {o.display_name || o.name}
                        </Link>
                        <Typography variant="body2" color="text.secondary">
                          {o.name}
                        </Typography>
                      </Stack>
                      {o.is_default && <Chip size="small" label="Default" />}
                    </Stack>
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary', maxWidth: 420 }}>{o.description}</TableCell>
                  <CountCells org={o} />
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </ListPage>
  );
}

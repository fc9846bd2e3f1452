import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  Button,
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
import type { AssignableRole } from '../../api/common';
import type { Organization } from '../../api/organizations';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { NeedsPremium } from '../../components/NeedsPremium';
import { paths } from '../../lib/paths';
import type { ListView } from '../../lib/useListQuery';
import { roleDescription } from './roleDescription';
import type { RoleAction } from './RolesPage';
import { PageHeader } from '../../components/PageHeader';

type Props = {
  org: Organization;
  roles: ListView<AssignableRole>;
  premium: boolean;
  can: { create: boolean; update: boolean; delete: boolean };
  onAction: (a: RoleAction) => void;
};

export function RolesPageView({ org, roles, premium, can, onAction }: Props) {
  return (
    <ListPage
      view={roles}
      noun="roles"
      header={
        <PageHeader
          level={2}
          title="Roles"
          description="Built-in roles are fixed. Custom roles grant exactly the permissions you pick, in this organization only."
          actions={
            can.create && (
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                component={RouterLink}
                to={paths.organizationRole(org.name, 'new')}
              >
                Create custom role
              </Button>
            )
          }
        />
      }
      notice={
        !premium && (
          <Stack sx={{ mb: 2 }}>
            <NeedsPremium feature="Custom roles" />
          </Stack>
        )
      }
      empty={<EmptyState title="No roles you can see" />}
    >
      {(rows) => (
        <TableContainer>
          <Table aria-label="Roles">
            <TableHead>
              <TableRow>
                <TableCell>Role</TableCell>
                <TableCell>Description</TableCell>
                <TableCell>Type</TableCell>
                <TableCell align="right">Actions</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.name} hover>
                  <TableCell>
                    <Typography sx={{ fontWeight: 600 }}>{r.display_name || r.name}</Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                      {r.name}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{roleDescription(r)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={r.built_in ? 'Built-in' : 'Custom'}
                      variant={r.built_in ? 'outlined' : 'filled'}
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title="View permissions">
                      <IconButton
                        aria-label={`View permissions of ${r.display_name || r.name}`}
                        onClick={() => onAction({ kind: 'view', role: r })}
                      >
                        <VisibilityIcon />
                      </IconButton>
                    </Tooltip>
                    {!r.built_in && can.update && (
                      <Tooltip title="Edit role">
                        <IconButton
                          aria-label={`Edit ${r.display_name || r.name}`}
                          component={RouterLink}
                          to={paths.organizationRole(org.name, r.name)}
                        >
                          <EditIcon />
                        </IconButton>
                      </Tooltip>
                    )}
                    {!r.built_in && can.delete && (
                      <Tooltip title="Delete role">
                        <IconButton
                          aria-label={`Delete ${r.display_name || r.name}`}
                          onClick={() => onAction({ kind: 'delete', role: r })}
                        >
                          <DeleteIcon />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {rows.every((r) => r.built_in) && (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              This organization has no custom roles yet.
            </Typography>
          )}
        </TableContainer>
      )}
    </ListPage>
  );
}

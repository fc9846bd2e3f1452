import CheckIcon from '@mui/icons-material/Check';
import { Divider, ListItemIcon, ListItemText, ListSubheader, Menu, MenuItem } from '@mui/material';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import type { Organization } from '../api/organizations';
import { Avatar } from '../components/Avatar';
import { paths } from '../lib/paths';
import { orgLabel } from './orgLabel';

/** Same section in another organization: members stay members, a group page goes to that org's groups. */
function pathInOrg(pathname: string, org: string): string {
  const [, first, , section] = pathname.split('/');
  if (first === 'groups') return paths.organizationGroups(org);
  if (first === 'organizations' && section) {
    const tab = section === 'roles' ? 'roles' : section;
    return `${paths.organization(org)}/${tab}`;
  }
  return paths.organization(org);
}

/** The organization switcher's menu (lazy, see OrgSwitcher). */
export function OrgMenu({
  orgs,
  active,
  anchor,
  onClose,
}: {
  orgs: readonly Organization[];
  active: Organization | undefined;
  anchor: HTMLElement | null;
  onClose: () => void;
}) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={onClose}>
      <ListSubheader>Organizations</ListSubheader>
      {orgs.map((o) => (
        <MenuItem
          key={o.id}
          selected={o.id === active?.id}
          onClick={() => {
            onClose();
            navigate(pathInOrg(pathname, o.name));
          }}
        >
          <ListItemIcon>
            <Avatar src={o.icon} letter={orgLabel(o)} size={24} variant="rounded" />
          </ListItemIcon>
          <ListItemText primary={orgLabel(o)} secondary={o.name} />
          {o.id === active?.id && <CheckIcon fontSize="small" sx={{ ml: 2 }} />}
        </MenuItem>
      ))}
      <Divider />
      <MenuItem component={RouterLink} to={paths.organizations()} onClick={onClose}>
        All organizations
      </MenuItem>
    </Menu>
  );
}

import CheckIcon from '@mui/icons-material/Check';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Avatar,
  Button,
  Divider,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Menu,
  MenuItem,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useLocation, useMatch, useNavigate } from 'react-router';
import { organizationsQueries, type Organization } from '../api/organizations';
import { paths } from '../lib/paths';
import { imageSrc } from '../lib/imageUrl';

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

const label = (o: Organization) => o.display_name || o.name;

/**
 * The active organization is the one in the URL (`/organizations/:org/…` or `/groups/:org/…`); the list holds
 * only the organizations the server lets the user read (their own; all of them for owners).
 */
export function OrgSwitcher() {
  const orgs = useQuery(organizationsQueries.list());
  const { pathname } = useLocation();
  const orgMatch = useMatch('/organizations/:organization/*');
  const groupMatch = useMatch('/groups/:organization/*');
  const inOrg = orgMatch ?? groupMatch;
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!orgs.data || orgs.data.length === 0) return null;
  const ref = inOrg?.params.organization;
  const active = orgs.data.find((o) => o.name === ref || o.id === ref);
  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => setAnchor(e.currentTarget)}
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-label={active ? `Organization: ${label(active)}` : 'Choose organization'}
        startIcon={
          active && (
            <Avatar
              src={imageSrc(active.icon)}
              alt=""
              variant="rounded"
              sx={{ width: 24, height: 24, fontSize: 13 }}
            >
              {label(active).slice(0, 1).toUpperCase()}
            </Avatar>
          )
        }
        sx={{ textTransform: 'none', maxWidth: 280 }}
      >
        {active ? label(active) : 'Organizations'}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <ListSubheader>Organizations</ListSubheader>
        {orgs.data.map((o) => (
          <MenuItem
            key={o.id}
            selected={o.id === active?.id}
            onClick={() => {
              setAnchor(null);
              navigate(pathInOrg(pathname, o.name));
            }}
          >
            <ListItemIcon>
              <Avatar
                src={imageSrc(o.icon)}
                alt=""
                variant="rounded"
                sx={{ width: 24, height: 24, fontSize: 13 }}
              >
                {label(o).slice(0, 1).toUpperCase()}
              </Avatar>
            </ListItemIcon>
            <ListItemText primary={label(o)} secondary={o.name} />
            {o.id === active?.id && <CheckIcon fontSize="small" sx={{ ml: 2 }} />}
          </MenuItem>
        ))}
        <Divider />
        <MenuItem component={RouterLink} to={paths.organizations()} onClick={() => setAnchor(null)}>
          All organizations
        </MenuItem>
      </Menu>
    </>
  );
}

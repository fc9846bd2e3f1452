import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useMatch } from 'react-router';
import { organizationsQueries } from '../api/organizations';
import { Avatar } from '../components/Avatar';
import { lazyNamed } from '../lib/lazyNamed';
import { orgLabel } from './orgLabel';

// The menu (MUI's menu and its modal) is not on any page's first load: it loads when the pointer or focus
// reaches the button, and at the latest on the click.
const loadMenu = () => import('./OrgMenu');
const OrgMenu = lazyNamed(loadMenu, 'OrgMenu');

/**
 * The active organization is the one in the URL (`/organizations/:org/…` or `/groups/:org/…`); the list holds
 * only the organizations the server lets the user read (their own; all of them for owners).
 */
export function OrgSwitcher() {
  const orgs = useQuery(organizationsQueries.list());
  const orgMatch = useMatch('/organizations/:organization/*');
  const groupMatch = useMatch('/groups/:organization/*');
  const inOrg = orgMatch ?? groupMatch;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [opened, setOpened] = useState(false);
  if (!orgs.data || orgs.data.length === 0) return null;
  const ref = inOrg?.params.organization;
  const active = orgs.data.find((o) => o.name === ref || o.id === ref);
  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => {
          setOpened(true);
          setAnchor(e.currentTarget);
        }}
        onPointerEnter={() => void loadMenu()}
        onFocus={() => void loadMenu()}
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-label={active ? `Organization: ${orgLabel(active)}` : 'Choose organization'}
        startIcon={
          active && <Avatar src={active.icon} letter={orgLabel(active)} size={24} variant="rounded" />
        }
        sx={{ textTransform: 'none', maxWidth: 280 }}
      >
        {active ? orgLabel(active) : 'Organizations'}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <OrgMenu orgs={orgs.data} active={active} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}

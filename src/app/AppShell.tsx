import MenuIcon from '@mui/icons-material/Menu';
import {
  AppBar,
  Box,
  IconButton,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Stack,
  Toolbar,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { memo, Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { authQueries } from '../api/auth';
import { usePermissions } from '../api/authcheck';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loader } from '../components/Loader';
import { lazyNamed } from '../lib/lazyNamed';
import { CommandShortcuts } from './CommandShortcuts';
import { navItems } from './nav';
import { OrgSwitcher } from './OrgSwitcher';
import { ServerInfo } from './ServerInfo';
import { UserMenu } from './UserMenu';

const DRAWER_WIDTH = 232;

// The phone's navigation drawer (MUI's Drawer brings its modal, focus trap, backdrop and slide): loaded when
// it first opens, or when the pointer or focus reaches its button. A wide screen draws the side navigation
// as a plain panel and never loads it.
const loadPhoneNav = () => import('./PhoneNav');
const PhoneNav = lazyNamed(loadPhoneNav, 'PhoneNav');

function Brand() {
  return (
    <Stack direction="row" spacing={1.25} sx={{ alignItems: 'center', px: 2.5, height: 64 }}>
      <Box component="img" src="/favicon.svg" alt="" sx={{ width: 28, height: 28 }} />
      <Typography variant="h3" component="span">
        Coder Admin
      </Typography>
    </Stack>
  );
}

/** Memoized: the side nav renders on every move (it reads the path); an item only when it turns on or off. */
const NavItem = memo(function NavItem({
  item,
  active,
  onNavigate,
}: {
  item: (typeof navItems)[number];
  active: boolean;
  onNavigate?: () => void;
}) {
  return (
    <ListItemButton
      component={Link}
      to={item.to}
      onClick={onNavigate}
      className={active ? 'active' : undefined}
      aria-current={active ? 'page' : undefined}
      sx={{ mb: 0.5 }}
    >
      <ListItemIcon sx={{ minWidth: 38 }}>{item.icon}</ListItemIcon>
      <ListItemText primary={item.label} />
    </ListItemButton>
  );
});

function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const permsQuery = usePermissions();
  const perms = permsQuery.data;
  const { pathname } = useLocation();
  return (
    <Box component="nav" aria-label="Main">
      <Brand />
      {permsQuery.isError && !perms && (
        <Box sx={{ px: 1.5 }}>
          <ErrorAlert
            error={permsQuery.error}
            title="Could not check your permissions"
            onRetry={() => void permsQuery.refetch()}
          />
        </Box>
      )}
      <List component="div" sx={{ px: 1.5 }}>
        {navItems
          .filter((item) => (perms ? item.visible(perms) : false))
          .map((item) => (
            <NavItem key={item.to} item={item} active={item.active(pathname)} onNavigate={onNavigate} />
          ))}
      </List>
      <ServerInfo />
    </Box>
  );
}

/**
 * The first Tab stop on every page: jumps past the navigation and top bar to the page itself. Hidden
 * until focused. Focus is moved by hand (no `#main` navigation, which the router would treat as a new URL).
 */
function SkipLink() {
  return (
    <Box
      component="a"
      href="#main"
      onClick={(e: React.MouseEvent) => {
        e.preventDefault();
        const main = document.getElementById('main');
        main?.focus();
        main?.scrollIntoView();
      }}
      sx={{
        position: 'fixed',
        top: 8,
        left: 8,
        zIndex: (t) => t.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        fontWeight: 600,
        boxShadow: 3,
        transform: 'translateY(-200%)',
        '&:focus': { transform: 'none' },
      }}
    >
      Skip to main content
    </Box>
  );
}

/**
 * After a move to another page, focus that went with the old page (the link pressed in a list, now
 * unmounted, leaves it on `<body>`) lands on the new page's `<main>`: the next Tab reaches the page's first
 * control instead of wherever the browser's focus starting point was left. Focus the user placed on
 * something that stays (the side navigation, the search box when only the query changes) is not moved.
 */
function useFocusMainOnPageChange() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body) document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

/** A component of its own, so that a move (even a new filter in the URL) does not render the whole shell. */
function FocusMainOnPageChange() {
  useFocusMainOnPageChange();
  return null;
}

/** Side navigation (a drawer below `md`), top bar with the account menu, and the page. */
export function AppShell() {
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [open, setOpen] = useState(false);
  // Mounted from its first opening on, so that closing it plays the drawer's exit.
  const [opened, setOpened] = useState(false);
  const me = useQuery(authQueries.me()).data;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <FocusMainOnPageChange />
      <SkipLink />
      {wide ? (
        // What MUI's permanent Drawer draws (a fixed paper beside a spacer of its width), without the
        // modal machinery its temporary variant needs.
        <Box sx={{ width: DRAWER_WIDTH, flexShrink: 0 }}>
          <Box
            sx={{
              position: 'fixed',
              top: 0,
              left: 0,
              height: '100%',
              width: DRAWER_WIDTH,
              overflowY: 'auto',
              zIndex: 'drawer',
              bgcolor: 'background.paper',
              borderRight: 1,
              borderColor: 'divider',
            }}
          >
            <SideNav />
          </Box>
        </Box>
      ) : (
        opened && (
          <Suspense fallback={null}>
            <PhoneNav open={open} onClose={() => setOpen(false)} width={DRAWER_WIDTH}>
              <SideNav onNavigate={() => setOpen(false)} />
            </PhoneNav>
          </Suspense>
        )
      )}
      <Box sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <AppBar
          position="sticky"
          color="inherit"
          elevation={0}
          sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
        >
          <Toolbar sx={{ gap: 1 }}>
            {!wide && (
              <IconButton
                edge="start"
                onClick={() => {
                  setOpened(true);
                  setOpen(true);
                }}
                onPointerEnter={() => void loadPhoneNav()}
                onFocus={() => void loadPhoneNav()}
                aria-label="Open navigation"
              >
                <MenuIcon />
              </IconButton>
            )}
            <Box id="shell-toolbar-slot" sx={{ flexGrow: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
              <OrgSwitcher />
            </Box>
            <CommandShortcuts />
            {me && <UserMenu me={me} />}
          </Toolbar>
        </AppBar>
        <Box
          component="main"
          id="main"
          tabIndex={-1}
          sx={{
            '&:focus': { outline: 'none' },
            flexGrow: 1,
            p: { xs: 2, md: 4 },
            maxWidth: 1440,
            width: '100%',
            mx: 'auto',
          }}
        >
          <Suspense fallback={<Loader />}>
            <Outlet />
          </Suspense>
        </Box>
      </Box>
    </Box>
  );
}

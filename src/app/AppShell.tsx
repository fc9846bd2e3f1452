import MenuIcon from '@mui/icons-material/Menu';
import { IconButton, useTheme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { memo, Suspense, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { authQueries } from '../api/auth';
import { usePermissions } from '../api/authcheck';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loader } from '../components/Loader';
import { lazyNamed } from '../lib/lazyNamed';
import { useMediaQuery } from '../lib/useMediaQuery';
import css from './AppShell.module.css';
import { CommandShortcuts } from './CommandShortcuts';
import { navItems } from './nav';
import { OrgSwitcher } from './OrgSwitcher';
import { ServerInfo } from './ServerInfo';
import { UserMenu } from './UserMenu';

/** The side navigation's width (AppShell.module.css draws the wide screen's panel at it). */
const DRAWER_WIDTH = 232;

// The phone's navigation drawer (MUI's Drawer brings its modal, focus trap, backdrop and slide): loaded when
// it first opens, or when the pointer or focus reaches its button. A wide screen draws the side navigation
// as a plain panel and never loads it.
const loadPhoneNav = () => import('./PhoneNav');
const PhoneNav = lazyNamed(loadPhoneNav, 'PhoneNav');

function Brand() {
  return (
    <div className={css.brand}>
      <img src="/favicon.svg" alt="" />
      <span>Coder Admin</span>
    </div>
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
    <Link
      to={item.to}
      onClick={onNavigate}
      className={css.navItem}
      aria-current={active ? 'page' : undefined}
    >
      <span className={css.navIcon}>{item.icon}</span>
      {item.label}
    </Link>
  );
});

function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const permsQuery = usePermissions();
  const perms = permsQuery.data;
  const { pathname } = useLocation();
  return (
    <nav aria-label="Main">
      <Brand />
      {permsQuery.isError && !perms && (
        <div className={css.navError}>
          <ErrorAlert
            error={permsQuery.error}
            title="Could not check your permissions"
            onRetry={() => void permsQuery.refetch()}
          />
        </div>
      )}
      <div className={css.navList}>
        {navItems
          .filter((item) => (perms ? item.visible(perms) : false))
          .map((item) => (
            <NavItem key={item.to} item={item} active={item.active(pathname)} onNavigate={onNavigate} />
          ))}
      </div>
      <ServerInfo />
    </nav>
  );
}

/**
 * The first Tab stop on every page: jumps past the navigation and top bar to the page itself. Hidden
 * until focused. Focus is moved by hand (no `#main` navigation, which the router would treat as a new URL).
 */
function SkipLink() {
  return (
    <a
      href="#main"
      className={css.skipLink}
      onClick={(e) => {
        e.preventDefault();
        const main = document.getElementById('main');
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      Skip to main content
    </a>
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
    <div className={css.root}>
      <FocusMainOnPageChange />
      <SkipLink />
      {wide ? (
        <div className={css.navSpacer}>
          <div className={css.navPanel}>
            <SideNav />
          </div>
        </div>
      ) : (
        opened && (
          <Suspense fallback={null}>
            <PhoneNav open={open} onClose={() => setOpen(false)} width={DRAWER_WIDTH}>
              <SideNav onNavigate={() => setOpen(false)} />
            </PhoneNav>
          </Suspense>
        )
      )}
      <div className={css.column}>
        <header className={css.topBar}>
          {!wide && (
            <IconButton
              className={css.menuButton}
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
          <div id="shell-toolbar-slot" className={css.toolbarSlot}>
            <OrgSwitcher />
          </div>
          <CommandShortcuts />
          {me && <UserMenu me={me} />}
        </header>
        <main id="main" tabIndex={-1} className={css.main}>
          <Suspense fallback={<Loader />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

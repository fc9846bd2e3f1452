import BusinessIcon from '@mui/icons-material/Business';
import DnsIcon from '@mui/icons-material/Dns';
import GroupsIcon from '@mui/icons-material/Groups';
import HistoryIcon from '@mui/icons-material/History';
import PeopleIcon from '@mui/icons-material/People';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import type { ReactNode } from 'react';
import type { SitePermissions } from '../api/authcheck';
import { pages, under, type NavIcon } from './pages';

export type NavItem = {
  label: string;
  to: string;
  icon: ReactNode;
  visible: (p: SitePermissions) => boolean;
  /** Whether this entry is the current section for a pathname (groups live under organizations too). */
  active: (pathname: string) => boolean;
};

/**
 * The pictures for the nav's entries. They live here, not in pages.ts, because boot.ts reads pages.ts to
 * start the first requests, and an icon would evaluate MUI and emotion before those requests go out.
 */
const icons: Record<NavIcon, ReactNode> = {
  workspaces: <DnsIcon />,
  users: <PeopleIcon />,
  organizations: <BusinessIcon />,
  groups: <GroupsIcon />,
  audit: <HistoryIcon />,
  idpSync: <SyncAltIcon />,
};

/** The side nav (and the palette's pages): each page that declares an entry, shown when its guard allows. */
export const navItems: NavItem[] = pages.flatMap(({ path, nav, allow }) => {
  if (!nav) return [];
  const to = `/${path}`;
  return [
    {
      label: nav.label,
      to,
      icon: icons[nav.icon],
      visible: allow?.test ?? (() => true),
      active: nav.active ?? ((p) => under(p, to)),
    },
  ];
});

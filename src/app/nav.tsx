import BusinessIcon from '@mui/icons-material/Business';
import DnsIcon from '@mui/icons-material/Dns';
import GroupsIcon from '@mui/icons-material/Groups';
import HistoryIcon from '@mui/icons-material/History';
import PeopleIcon from '@mui/icons-material/People';
import type { ReactNode } from 'react';
import type { SitePermissions } from '../api/authcheck';
import { paths } from '../lib/paths';

export type NavItem = {
  label: string;
  to: string;
  icon: ReactNode;
  visible: (p: SitePermissions) => boolean;
  /** Whether this entry is the current section for a pathname (groups live under organizations too). */
  active: (pathname: string) => boolean;
};

/** Navigation and the permission that shows each entry (the same predicates guard the routes). */
export const canSeeUsers = (p: SitePermissions) => p.viewAllUsers;
export const canSeeGroups = (p: SitePermissions) => p.viewAnyGroup || p.editAnyGroups;
export const canSeeOrganizations = () => true;
/** Site auditors and owners, and organization auditors (who read their organizations' entries). */
export const canSeeAudit = (p: SitePermissions) => p.viewAnyAuditLog;

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
/** `/groups/…` and an organization's Groups tab (`/organizations/:org/groups…`). */
const isGroupsPath = (pathname: string) =>
  under(pathname, paths.groups()) || /^\/organizations\/[^/]+\/groups(\/|$)/.test(pathname);

export const navItems: NavItem[] = [
  {
    label: 'Workspaces',
    to: paths.workspaces(),
    icon: <DnsIcon />,
    visible: () => true,
    // A workspace page lives at `/@owner/name`.
    active: (p) => under(p, paths.workspaces()) || p.startsWith('/@'),
  },
  {
    label: 'Users',
    to: paths.users(),
    icon: <PeopleIcon />,
    visible: canSeeUsers,
    active: (p) => under(p, paths.users()),
  },
  {
    label: 'Organizations',
    to: paths.organizations(),
    icon: <BusinessIcon />,
    visible: canSeeOrganizations,
    active: (p) => under(p, paths.organizations()) && !isGroupsPath(p),
  },
  {
    label: 'Groups',
    to: paths.groups(),
    icon: <GroupsIcon />,
    visible: canSeeGroups,
    active: isGroupsPath,
  },
  {
    label: 'Audit log',
    to: paths.audit(),
    icon: <HistoryIcon />,
    visible: canSeeAudit,
    active: (p) => under(p, paths.audit()),
  },
];

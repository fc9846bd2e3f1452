import BusinessIcon from '@mui/icons-material/Business';
import DnsIcon from '@mui/icons-material/Dns';
import GroupsIcon from '@mui/icons-material/Groups';
import PeopleIcon from '@mui/icons-material/People';
import type { ReactNode } from 'react';
import type { SitePermissions } from '../api/authcheck';
import { paths } from '../lib/paths';

export type NavItem = {
  label: string;
  to: string;
  icon: ReactNode;
  visible: (p: SitePermissions) => boolean;
};

/** Navigation and the permission that shows each entry (the same predicates guard the routes). */
export const canSeeUsers = (p: SitePermissions) => p.viewAllUsers;
export const canSeeGroups = (p: SitePermissions) => p.viewAnyGroup || p.editAnyGroups;
export const canSeeOrganizations = () => true;

export const navItems: NavItem[] = [
  { label: 'Workspaces', to: paths.workspaces(), icon: <DnsIcon />, visible: () => true },
  { label: 'Users', to: paths.users(), icon: <PeopleIcon />, visible: canSeeUsers },
  { label: 'Organizations', to: paths.organizations(), icon: <BusinessIcon />, visible: canSeeOrganizations },
  { label: 'Groups', to: paths.groups(), icon: <GroupsIcon />, visible: canSeeGroups },
];

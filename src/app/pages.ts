import type { ComponentType } from 'react';
import type { OrgPermissions, SitePermissions } from '../api/authcheck';
import { paths } from '../lib/paths';
import type { Prefetches } from './loaders';

/** What a lazy route module exports: code only (its data loader, if any, is its page's `prefetch`). */
export type RouteModule = { Component: ComponentType; ErrorBoundary?: ComponentType };

/** The nav's pictures, by name (nav.tsx draws them; this module stays free of MUI, see below). */
export type NavIcon = 'workspaces' | 'users' | 'organizations' | 'groups' | 'audit' | 'idpSync';

/**
 * One page of the signed-in app, declared once: the router (router.tsx), its loader, the boot-time
 * requests (boot.ts), the side nav and the palette's page list (nav.tsx), and the organization tabs
 * (OrganizationLayout) are all read from here.
 */
export type PageDecl = {
  /** Relative to its parent (`users/:username`, or `members` under an organization). */
  path: string;
  /** The route module: a chunk of its own. */
  module: () => Promise<RouteModule>;
  /**
   * Starts (never awaits) the queries the page needs, the moment its URL matches: as the route's loader,
   * and at boot for the first URL, before any UI code evaluates.
   */
  prefetch?: (start: Prefetches, url: URL, params: Record<string, string | undefined>) => void;
  /** Who may open it (the same authcheck answers hide its nav entry); others get "not allowed". */
  allow?: { test: (p: SitePermissions) => boolean; what: string };
  /** An entry in the side nav (and the palette's pages). */
  nav?: {
    label: string;
    icon: NavIcon;
    /** Whether this entry is the current section (default: the path and everything under it). */
    active?: (pathname: string) => boolean;
  };
  /** An organization tab: its label, and who sees it (others get "not allowed" at its URL). */
  tab?: { label: string; allow: (p: OrgPermissions) => boolean; what: string };
  /** Pages under this one (its unknown children are "not found"), and what its own URL shows. */
  children?: PageDecl[];
  index?: () => Promise<RouteModule>;
};

export const canSeeUsers = (p: SitePermissions) => p.viewAllUsers;
export const canSeeGroups = (p: SitePermissions) => p.viewAnyGroup || p.editAnyGroups;
/** Site auditors and owners, and organization auditors (who read their organizations' entries). */
export const canSeeAudit = (p: SitePermissions) => p.viewAnyAuditLog;
/** Owners and user admins (site-wide `idpsync_settings` read). */
export const canSeeOrganizationSync = (p: SitePermissions) => p.viewOrganizationSync;

export const under = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`);
/** `/groups/…` and an organization's Groups tab (`/organizations/:org/groups…`). */
const isGroupsPath = (pathname: string) =>
  under(pathname, paths.groups()) || /^\/organizations\/[^/]+\/groups(\/|$)/.test(pathname);

/**
 * The organization's tabs, in order. Reading the organization (which its layout already did) is all that
 * Sharing and Settings take; they show read-only to those without `editSettings`.
 */
const organizationTabs: PageDecl[] = [
  {
    path: 'members',
    module: () => import('./routes/organization/members'),
    prefetch: (start, url, params) =>
      start.organization(params.organization ?? '', (org) => start.orgMembers(org.id, url)),
    tab: { label: 'Members', allow: (p) => p.viewMembers, what: 'members' },
  },
  {
    path: 'groups',
    module: () => import('./routes/organization/groups'),
    tab: { label: 'Groups', allow: (p) => p.viewGroups, what: 'groups' },
  },
  {
    path: 'roles',
    module: () => import('./routes/organization/roles'),
    prefetch: (start, _url, params) =>
      start.organization(params.organization ?? '', (org) => start.orgRoles(org.id)),
    tab: { label: 'Roles', allow: (p) => p.viewOrgRoles, what: 'roles' },
  },
  { path: 'roles/:roleName', module: () => import('./routes/organization/role') },
  {
    path: 'templates',
    module: () => import('./routes/organization/templates'),
    tab: { label: 'Templates', allow: (p) => p.viewTemplates, what: 'templates' },
  },
  {
    path: 'idp-sync',
    module: () => import('./routes/organization/idpSync'),
    tab: { label: 'IdP sync', allow: (p) => p.viewIdpSyncSettings, what: 'IdP sync settings' },
  },
  {
    path: 'sharing',
    module: () => import('./routes/organization/sharing'),
    tab: { label: 'Sharing', allow: () => true, what: 'sharing settings' },
  },
  {
    path: 'settings',
    module: () => import('./routes/organization/settings'),
    tab: { label: 'Settings', allow: () => true, what: 'settings' },
  },
];

/** The signed-in pages, inside the app shell (`/` opens Workspaces; anything else is "not found"). */
export const pages: PageDecl[] = [
  {
    path: 'workspaces',
    module: () => import('./routes/workspaces'),
    prefetch: (start, url) => start.workspaces(url),
    // A workspace page lives at `/@owner/name`.
    nav: {
      label: 'Workspaces',
      icon: 'workspaces',
      active: (p) => under(p, '/workspaces') || p.startsWith('/@'),
    },
  },
  {
    path: 'users',
    module: () => import('./routes/users'),
    prefetch: (start, url) => start.users(url),
    allow: { test: canSeeUsers, what: 'users' },
    nav: { label: 'Users', icon: 'users' },
  },
  {
    path: 'users/:username',
    module: () => import('./routes/user'),
    prefetch: (start, _url, params) => start.user(params.username ?? ''),
  },
  {
    path: 'organizations',
    module: () => import('./routes/organizations'),
    nav: {
      label: 'Organizations',
      icon: 'organizations',
      active: (p) => under(p, paths.organizations()) && !isGroupsPath(p),
    },
  },
  {
    path: 'organizations/:organization',
    module: () => import('./routes/organization'),
    prefetch: (start, _url, params) => start.organization(params.organization ?? ''),
    children: organizationTabs,
    // Its own URL opens the first tab the caller may see.
    index: () => import('./routes/organization/index'),
  },
  {
    path: 'groups',
    module: () => import('./routes/groups'),
    allow: { test: canSeeGroups, what: 'groups' },
    nav: { label: 'Groups', icon: 'groups', active: isGroupsPath },
  },
  { path: 'groups/:organization/:groupName', module: () => import('./routes/group') },
  {
    path: 'audit',
    module: () => import('./routes/audit'),
    allow: { test: canSeeAudit, what: 'the audit log' },
    nav: { label: 'Audit log', icon: 'audit' },
  },
  {
    path: 'deployment/idp-sync',
    module: () => import('./routes/organizationSync'),
    allow: { test: canSeeOrganizationSync, what: 'organization sync settings' },
    nav: { label: 'Organization sync', icon: 'idpSync' },
  },
  { path: 'account', module: () => import('./routes/account') },
  { path: ':owner/:workspace', module: () => import('./routes/workspace') },
];

/** The organization tabs a caller sees, in order (OrganizationLayout draws them). */
export const orgTabs = organizationTabs.flatMap((t) => (t.tab ? [{ key: t.path, ...t.tab }] : []));

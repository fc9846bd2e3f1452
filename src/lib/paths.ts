import type { DialogName } from './dialogParam';

/** Every in-app URL is built here, never string-built in views. */
const enc = encodeURIComponent;

export const paths = {
  home: () => '/',
  login: (redirect?: string) =>
    redirect && redirect !== '/' ? `/login?redirect=${enc(redirect)}` : '/login',
  account: () => '/account',
  users: (filter?: string) => (filter ? `/users?filter=${enc(filter)}` : '/users'),
  user: (username: string) => `/users/${enc(username)}`,
  organizations: () => '/organizations',
  organization: (org: string) => `/organizations/${enc(org)}`,
  organizationSettings: (org: string) => `/organizations/${enc(org)}/settings`,
  organizationMembers: (org: string) => `/organizations/${enc(org)}/members`,
  organizationGroups: (org: string) => `/organizations/${enc(org)}/groups`,
  organizationRoles: (org: string) => `/organizations/${enc(org)}/roles`,
  organizationSharing: (org: string) => `/organizations/${enc(org)}/sharing`,
  organizationTemplates: (org: string) => `/organizations/${enc(org)}/templates`,
  /** The IdP sync tab; `group` highlights the mapping rows that feed that group (its id). */
  organizationIdpSync: (org: string, group?: string) =>
    `/organizations/${enc(org)}/idp-sync${group ? `?group=${enc(group)}#group-sync` : ''}`,
  /** Deployment-wide organization sync: outside `/organizations/…`, so no organization name can shadow it. */
  organizationSync: () => '/deployment/idp-sync',
  /** `new` can never be a role name (NameValid), so it opens the create form. */
  organizationRole: (org: string, role: string) => `/organizations/${enc(org)}/roles/${enc(role)}`,
  groups: () => '/groups',
  group: (org: string, name: string) => `/groups/${enc(org)}/${enc(name)}`,
  workspaces: (filter?: string) =>
    filter !== undefined ? `/workspaces?filter=${enc(filter)}` : '/workspaces',
  workspace: (owner: string, name: string) => `/@${enc(owner)}/${enc(name)}`,
  /** `path` with one of its dialogs open (`?dialog=`, lib/dialogParam.ts). */
  dialog: (path: string, name: DialogName) => `${path}${path.includes('?') ? '&' : '?'}dialog=${name}`,
  audit: (filter?: string) => (filter ? `/audit?filter=${enc(filter)}` : '/audit'),
};

/**
 * Only same-app paths are followed after sign-in (no open redirects). The value is resolved as the browser
 * would resolve it (`\\` reads as `/`, tabs and newlines are dropped, so `/\\evil.example` and
 * `/\t/evil.example` mean `//evil.example`), and anything that leaves this origin, or is not a path, lands on
 * the home page.
 */
export function safeRedirect(raw: string | null): string {
  if (!raw || !raw.startsWith('/')) return '/';
  const base = 'http://app.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  const path = url.pathname + url.search + url.hash;
  // The resolved path must still be a single-slash path (a `//host` here would again be another origin).
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/login')) return '/';
  return path;
}

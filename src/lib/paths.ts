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
  /** `new` can never be a role name (NameValid), so it opens the create form. */
  organizationRole: (org: string, role: string) => `/organizations/${enc(org)}/roles/${enc(role)}`,
  groups: () => '/groups',
  group: (org: string, name: string) => `/groups/${enc(org)}/${enc(name)}`,
  workspaces: (filter?: string) =>
    filter !== undefined ? `/workspaces?filter=${enc(filter)}` : '/workspaces',
  workspace: (owner: string, name: string) => `/@${enc(owner)}/${enc(name)}`,
};

/** Only same-app paths are followed after sign-in (no open redirects). */
export function safeRedirect(raw: string | null): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/login') ? raw : '/';
}

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import {
  assignableRoleSchema,
  coderTime,
  openEnum,
  pageToWire,
  responseSchema,
  slimRoleSchema,
  type PageParams,
} from './common';
import { groupKeys, groupSchema } from './groups';
import { organizationKeys, organizationSchema } from './organizations';
import { workspaceKeys, workspacesResponseSchema } from './workspaces';

export const userStatuses = ['active', 'dormant', 'suspended'] as const;
export const loginTypes = ['', 'password', 'github', 'oidc', 'token', 'none'] as const;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.optional(z.string()),
  email: z.string(),
  avatar_url: z.optional(z.string()),
  created_at: z.string(),
  updated_at: z.optional(z.string()),
  last_seen_at: coderTime,
  status: openEnum(userStatuses, 'active'),
  login_type: z.optional(openEnum(loginTypes, '')),
  is_service_account: z.optional(z.boolean()),
  organization_ids: z._default(z.array(z.string()), []),
  roles: z._default(z.array(slimRoleSchema), []),
  has_ai_seat: z.optional(z.boolean()),
});
export type User = z.infer<typeof userSchema>;
export type UserStatus = User['status'];

export const usersResponseSchema = z.object({ users: z.array(userSchema), count: z.number() });
export type UsersResponse = z.infer<typeof usersResponseSchema>;

export type UserListParams = PageParams & { filter: string };

export function fetchUsers(p: UserListParams, signal?: AbortSignal) {
  return http('/api/v2/users', {
    query: { q: p.filter, ...pageToWire(p) },
    signal,
    schema: usersResponseSchema,
  });
}
export const fetchUser = (user: string, signal?: AbortSignal) =>
  http(`/api/v2/users/${encodeURIComponent(user)}`, { signal, schema: userSchema });

/** `CreateUserRequestWithOrgs`, as the form holds it (field names = JSON keys). */
export const CREATE_LOGIN_TYPES = ['password', 'none', 'github', 'oidc'] as const;
export const usernameSchema = z.string().check(
  z.minLength(1, 'Username is required.'),
  z.maxLength(32, 'At most 32 characters.'),
  z.regex(/^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/, 'Use letters, numbers and single hyphens (e.g. "jane-doe").'),
  z.refine((v) => !['new', 'create'].includes(v.toLowerCase()), 'This username is reserved.'),
);
export const realNameSchema = z.string().check(
  z.maxLength(128, 'At most 128 characters.'),
  z.refine((v) => v.trim() === v, 'No spaces at the start or end.'),
);
export const createUserSchema = z
  .object({
    username: usernameSchema,
    name: realNameSchema,
    email: z.union([z.literal(''), z.email('Enter a valid email address.')]),
    login_type: z.enum(CREATE_LOGIN_TYPES),
    password: z.string().check(z.maxLength(64, 'At most 64 characters.')),
    organization_ids: z.array(z.string()).check(z.minLength(1, 'Pick at least one organization.')),
    service_account: z.boolean(),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (!v.service_account && !v.email)
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'Email is required.' });
      if (!v.service_account && v.login_type === 'password' && !v.password)
        ctx.addIssue({ code: 'custom', path: ['password'], message: 'Password is required.' });
    }),
  );
export type CreateUserForm = z.infer<typeof createUserSchema>;

/** What we send: service accounts carry neither email nor password; other login types no password. */
export function toCreateUserRequest(f: CreateUserForm) {
  const sa = f.service_account;
  return {
    username: f.username,
    name: f.name,
    email: sa ? '' : f.email,
    login_type: sa ? 'none' : f.login_type,
    password: !sa && f.login_type === 'password' ? f.password : '',
    organization_ids: f.organization_ids,
    service_account: sa,
    user_status: null,
  };
}

export const profileSchema = z.object({ username: usernameSchema, name: realNameSchema });
export type ProfileForm = z.infer<typeof profileSchema>;
export type PasswordChange = { password: string; old_password: string };

export const userRolesSchema = z.object({
  roles: z._default(z.array(z.string()), []),
  organization_roles: z._default(z.record(z.string(), z.nullable(z.array(z.string()))), {}),
});
export type UserRoles = z.infer<typeof userRolesSchema>;
export const passwordCheckSchema = z.object({ valid: z.boolean(), details: z._default(z.string(), '') });

const userPath = (user: string) => `/api/v2/users/${encodeURIComponent(user)}`;

export const createUser = (f: CreateUserForm) =>
  http('/api/v2/users', { method: 'POST', body: toCreateUserRequest(f), schema: userSchema });
export const updateProfile = (user: string, body: ProfileForm) =>
  http(`${userPath(user)}/profile`, { method: 'PUT', body, schema: userSchema });
export const suspendUser = (user: string) =>
  http(`${userPath(user)}/status/suspend`, { method: 'PUT', schema: userSchema });
export const activateUser = (user: string) =>
  http(`${userPath(user)}/status/activate`, { method: 'PUT', schema: userSchema });
export const deleteUser = (user: string) =>
  http(userPath(user), { method: 'DELETE', schema: responseSchema });
export const updatePassword = (user: string, body: PasswordChange) =>
  http(`${userPath(user)}/password`, { method: 'PUT', body });
export const updateUserRoles = (user: string, roles: string[]) =>
  http(`${userPath(user)}/roles`, { method: 'PUT', body: { roles }, schema: userSchema });
export const fetchUserRoles = (user: string, signal?: AbortSignal) =>
  http(`${userPath(user)}/roles`, { signal, schema: userRolesSchema });
export const fetchSiteRoles = (signal?: AbortSignal) =>
  http('/api/v2/users/roles', { signal, schema: z.array(assignableRoleSchema) });
export const validatePassword = (password: string, signal?: AbortSignal) =>
  http('/api/v2/users/validate-password', {
    method: 'POST',
    body: { password },
    signal,
    schema: passwordCheckSchema,
  });
export const fetchUserOrganizations = (user: string, signal?: AbortSignal) =>
  http(`${userPath(user)}/organizations`, { signal, schema: z.array(organizationSchema) });
export const fetchUserGroups = (user: string, signal?: AbortSignal) =>
  http('/api/v2/groups', { query: { has_member: user }, signal, schema: z.array(groupSchema) });
/** Workspaces matching a workspaces query (e.g. `owner:alice`), first `limit` of them plus the count. */
export const fetchUserWorkspaces = (q: string, limit: number, signal?: AbortSignal) =>
  http('/api/v2/workspaces', { query: { q, limit }, signal, schema: workspacesResponseSchema });

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (p: UserListParams) => [...userKeys.lists(), p] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (user: string) => [...userKeys.details(), user] as const,
  siteRoles: () => [...userKeys.all, 'siteRoles'] as const,
  allRoles: () => [...userKeys.all, 'roles'] as const,
  roles: (user: string) => [...userKeys.allRoles(), user] as const,
  // A user's organizations, groups and workspaces live under the resource that owns them, so the
  // mutations of that resource refresh them.
  organizations: (user: string) => organizationKeys.ofUser(user),
  groups: (user: string) => groupKeys.ofUser(user),
  workspaces: (q: string, limit: number) => workspaceKeys.userCard(q, limit),
};

export const usersQueries = {
  list: (p: UserListParams) =>
    queryOptions({
      queryKey: userKeys.list(p),
      queryFn: ({ signal }) => fetchUsers(p, signal),
      placeholderData: keepPreviousData,
    }),
  detail: (user: string) =>
    queryOptions({ queryKey: userKeys.detail(user), queryFn: ({ signal }) => fetchUser(user, signal) }),
  siteRoles: () =>
    queryOptions({
      queryKey: userKeys.siteRoles(),
      queryFn: ({ signal }) => fetchSiteRoles(signal),
      staleTime: 60_000,
    }),
  roles: (user: string) =>
    queryOptions({ queryKey: userKeys.roles(user), queryFn: ({ signal }) => fetchUserRoles(user, signal) }),
  organizations: (user: string) =>
    queryOptions({
      queryKey: userKeys.organizations(user),
      queryFn: ({ signal }) => fetchUserOrganizations(user, signal),
    }),
  groups: (user: string) =>
    queryOptions({ queryKey: userKeys.groups(user), queryFn: ({ signal }) => fetchUserGroups(user, signal) }),
  workspaces: (q: string, limit: number) =>
    queryOptions({
      queryKey: userKeys.workspaces(q, limit),
      queryFn: ({ signal }) => fetchUserWorkspaces(q, limit, signal),
    }),
};

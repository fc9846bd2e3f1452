import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { http } from '../lib/http';
import { pageToWire, slimRoleSchema, type PageParams } from './common';

export const userStatuses = ['active', 'dormant', 'suspended'] as const;
export const loginTypes = ['', 'password', 'github', 'oidc', 'token', 'none'] as const;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  email: z.string(),
  avatar_url: z.string().optional(),
  created_at: z.string(),
  updated_at: z.string().optional(),
  last_seen_at: z.string().optional(),
  status: z.enum(userStatuses),
  login_type: z.enum(loginTypes).optional(),
  is_service_account: z.boolean().optional(),
  organization_ids: z.array(z.string()).default([]),
  roles: z.array(slimRoleSchema).default([]),
  has_ai_seat: z.boolean().optional(),
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

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (p: UserListParams) => [...userKeys.lists(), p] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (user: string) => [...userKeys.details(), user] as const,
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
};

import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { userSchema } from './users';

export const loginRequestSchema = z.object({
  email: z.email('Enter a valid email address.'),
  password: z.string().check(z.minLength(1, 'Enter your password.')),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;
const loginResponseSchema = z.object({ session_token: z.string() });

export const authMethodsSchema = z.object({
  password: z.object({ enabled: z.boolean() }),
  github: z.optional(z.partial(z.object({ enabled: z.boolean() }))),
  oidc: z.optional(
    z.partial(z.object({ enabled: z.boolean(), signInText: z.string(), iconUrl: z.string() })),
  ),
  terms_of_service_url: z.optional(z.string()),
});
export type AuthMethods = z.infer<typeof authMethodsSchema>;

export const buildInfoSchema = z.object({
  version: z.string(),
  external_url: z.optional(z.string()),
  dashboard_url: z.optional(z.string()),
  deployment_id: z.optional(z.string()),
});
export type BuildInfo = z.infer<typeof buildInfoSchema>;

export const login = (body: LoginRequest) =>
  http('/api/v2/users/login', { method: 'POST', body, schema: loginResponseSchema });
export const logout = () => http('/api/v2/users/logout', { method: 'POST' });
export const fetchMe = (signal?: AbortSignal) => http('/api/v2/users/me', { signal, schema: userSchema });

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  methods: () => [...authKeys.all, 'methods'] as const,
  buildInfo: () => [...authKeys.all, 'buildinfo'] as const,
};

export const authQueries = {
  me: () => queryOptions({ queryKey: authKeys.me(), queryFn: ({ signal }) => fetchMe(signal), retry: false }),
  methods: () =>
    queryOptions({
      queryKey: authKeys.methods(),
      queryFn: ({ signal }) => http('/api/v2/users/authmethods', { signal, schema: authMethodsSchema }),
      staleTime: Infinity,
    }),
  buildInfo: () =>
    queryOptions({
      queryKey: authKeys.buildInfo(),
      queryFn: ({ signal }) => http('/api/v2/buildinfo', { signal, schema: buildInfoSchema }),
      staleTime: Infinity,
    }),
};

/** API tokens of a user (`/api/v2/users/{user}/keys/tokens`): list, create (secret answered once), delete. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { authcheck, authcheckKeys } from './authcheck';
import { coderTime } from './common';

/** Go's `time.Duration` on the wire is nanoseconds. */
export const NS_PER_MS = 1_000_000;
export const DAY_MS = 24 * 3600 * 1000;

/** Scopes the dashboard offers (Coder's `coder:*` composite scopes). */
export const tokenScopes = ['coder:all', 'coder:application_connect'] as const;
export type TokenScope = (typeof tokenScopes)[number];

export const apiKeySchema = z.object({
  id: z.string(),
  user_id: z.string(),
  token_name: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
  last_used: coderTime,
  lifetime_seconds: z._default(z.number(), 0),
  scope: z.optional(z.string()),
  scopes: z._default(z.array(z.string()), []),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

const tokenConfigSchema = z.object({ max_token_lifetime: z._default(z.number(), 0) });
const generatedKeySchema = z.object({ key: z.string() });

/** `CreateTokenRequest` as the form holds it; `lifetime_days` becomes `lifetime` (ns) on the wire. */
export const createTokenSchema = z.object({
  token_name: z
    .string()
    .check(
      z.minLength(1, 'Enter a name.'),
      z.maxLength(32, 'At most 32 characters.'),
      z.regex(/^[a-zA-Z0-9]+(?:[-_][a-zA-Z0-9]+)*$/, 'Letters and digits, joined by single - or _.'),
    ),
  lifetime_days: z.number(),
  scope: z.enum(tokenScopes),
});
export type CreateTokenForm = z.infer<typeof createTokenSchema>;

const tokensPath = (user: string) => `/api/v2/users/${encodeURIComponent(user)}/keys/tokens`;

export const fetchTokens = (user: string, signal?: AbortSignal) =>
  http(tokensPath(user), { signal, schema: z.array(apiKeySchema) });
export const fetchTokenConfig = (user: string, signal?: AbortSignal) =>
  http(`${tokensPath(user)}/tokenconfig`, { signal, schema: tokenConfigSchema });
export const createToken = (user: string, f: CreateTokenForm) =>
  http(tokensPath(user), {
    method: 'POST',
    body: { token_name: f.token_name, lifetime: f.lifetime_days * DAY_MS * NS_PER_MS, scopes: [f.scope] },
    schema: generatedKeySchema,
  });
export const deleteToken = (user: string, keyId: string) =>
  http(`/api/v2/users/${encodeURIComponent(user)}/keys/${encodeURIComponent(keyId)}`, { method: 'DELETE' });

/** Who may read, create and delete this user's api keys (owners, or the user). */
export const tokenChecks = (userId: string) => {
  const object = { resource_type: 'api_key', owner_id: userId };
  return {
    readTokens: { object, action: 'read' },
    createToken: { object, action: 'create' },
    deleteToken: { object, action: 'delete' },
  } as const;
};

export const apiKeyKeys = {
  all: ['apiKeys'] as const,
  tokens: (userId: string) => [...apiKeyKeys.all, 'tokens', userId] as const,
  config: (userId: string) => [...apiKeyKeys.all, 'config', userId] as const,
};

export const apiKeyQueries = {
  tokens: (userId: string) =>
    queryOptions({
      queryKey: apiKeyKeys.tokens(userId),
      queryFn: ({ signal }) => fetchTokens(userId, signal),
    }),
  config: (userId: string) =>
    queryOptions({
      queryKey: apiKeyKeys.config(userId),
      queryFn: ({ signal }) => fetchTokenConfig(userId, signal),
      staleTime: 300_000,
    }),
  permissions: (userId: string) =>
    queryOptions({
      queryKey: [...authcheckKeys.all, 'api_key', userId] as const,
      queryFn: ({ signal }) => authcheck(tokenChecks(userId), signal),
      staleTime: 60_000,
    }),
};

export function useCreateToken(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (f: CreateTokenForm) => createToken(userId, f),
    // Its data is the token's secret: dropped as soon as the dialog showing it is gone.
    gcTime: 0,
    onSuccess: () => qc.invalidateQueries({ queryKey: apiKeyKeys.tokens(userId) }),
  });
}

export function useDeleteToken(userId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (keyId: string) => deleteToken(userId, keyId),
    onSuccess: () => qc.invalidateQueries({ queryKey: apiKeyKeys.tokens(userId) }),
  });
}

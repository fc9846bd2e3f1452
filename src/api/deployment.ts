import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { openEnum } from './common';

export const featureSchema = z.object({
  entitlement: openEnum(['entitled', 'grace_period', 'not_entitled'], 'not_entitled'),
  enabled: z.boolean(),
  limit: z.optional(z.number()),
  actual: z.optional(z.number()),
});
export type Feature = z.infer<typeof featureSchema>;

/** Features are parsed one entry at a time: an entry in a shape we do not know is skipped, not fatal. */
const featuresSchema = z.pipe(
  z.record(z.string(), z.catch(z.optional(featureSchema), undefined)),
  z.transform((raw) => {
    const out: Record<string, Feature> = {};
    for (const [name, f] of Object.entries(raw)) if (f) out[name] = f;
    return out;
  }),
);

export const entitlementsSchema = z.object({
  features: featuresSchema,
  warnings: z._default(z.array(z.string()), []),
  errors: z._default(z.array(z.string()), []),
  has_license: z.boolean(),
  trial: z._default(z.boolean(), false),
  require_telemetry: z._default(z.boolean(), false),
  refreshed_at: z.optional(z.string()),
});
export type Entitlements = z.infer<typeof entitlementsSchema>;

/** Premium feature keys the dashboard cares about. */
export type PremiumFeature =
  | 'multiple_organizations'
  | 'template_rbac'
  | 'custom_roles'
  | 'service_accounts'
  | 'user_role_management'
  | 'audit_log'
  /** Template deprecation and "require active version" (Coder's access-control store). */
  | 'access_control';

/** `DeploymentConfig`: only the values the dashboard reads (the real document carries hundreds more). */
export const deploymentConfigSchema = z.object({
  config: z.object({ disable_workspace_sharing: z.optional(z.boolean()) }),
});
export type DeploymentConfig = z.infer<typeof deploymentConfigSchema>;

export const deploymentKeys = {
  all: ['deployment'] as const,
  entitlements: () => [...deploymentKeys.all, 'entitlements'] as const,
  config: () => [...deploymentKeys.all, 'config'] as const,
};

export const deploymentQueries = {
  entitlements: () =>
    queryOptions({
      queryKey: deploymentKeys.entitlements(),
      queryFn: ({ signal }) => http('/api/v2/entitlements', { signal, schema: entitlementsSchema }),
      staleTime: 5 * 60_000,
    }),
  /** Needs `deployment_config:read` (owners); members get 403. */
  config: () =>
    queryOptions({
      queryKey: deploymentKeys.config(),
      queryFn: ({ signal }) => http('/api/v2/deployment/config', { signal, schema: deploymentConfigSchema }),
      staleTime: 5 * 60_000,
      retry: false,
    }),
};

/** True when the deployment's license enables the feature; undefined while loading. */
export function useFeature(feature: PremiumFeature): boolean | undefined {
  const q = useQuery(deploymentQueries.entitlements());
  if (!q.data) return q.isError ? false : undefined;
  return q.data.features[feature]?.enabled ?? false;
}

/**
 * True when the deployment turns workspace sharing off (`--disable-workspace-sharing`), read from the
 * deployment config. Callers that cannot read it (members: 403; older servers: 404) get `false`; for them the
 * organization's sharing settings (`sharing_globally_disabled`, src/api/workspaceAcl.ts) tell the same fact.
 * `undefined` while loading.
 */
export function useSharingGloballyDisabled(enabled = true): boolean | undefined {
  const q = useQuery({ ...deploymentQueries.config(), enabled });
  if (q.isError) return false;
  return q.data ? (q.data.config.disable_workspace_sharing ?? false) : undefined;
}

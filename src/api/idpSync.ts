/**
 * IdP sync settings (Premium; Coder's enterprise routes): per organization group sync and role sync, and the
 * deployment-wide organization sync, plus the claim fields and values Coder has seen at users' sign-ins.
 * Changes apply at each user's next OIDC sign-in, not to existing sessions.
 */
import { queryOptions, skipToken, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';

/** A claim → IDs mapping as Coder answers it: Go's nil map is `null`, a value emptied by a removal may be `null`. */
const mappingSchema = z.pipe(
  z._default(z.nullable(z.record(z.string(), z.nullable(z.array(z.string())))), null),
  z.transform((m) => {
    const out: Record<string, string[]> = {};
    for (const [claim, ids] of Object.entries(m ?? {})) out[claim] = ids ?? [];
    return out;
  }),
);
export type IdpSyncMapping = Record<string, string[]>;

/** `codersdk.GroupSyncSettings`: `mapping` is claim value → group IDs; `regex_filter` is Go's regexp (string or null). */
export const groupSyncSettingsSchema = z.object({
  field: z._default(z.string(), ''),
  mapping: mappingSchema,
  regex_filter: z._default(z.nullable(z.string()), null),
  auto_create_missing_groups: z._default(z.boolean(), false),
  /** Deprecated claim → group *name* remap, kept by the server; read-only here. */
  legacy_group_name_mapping: z.optional(z.nullable(z.record(z.string(), z.string()))),
});
export type GroupSyncSettings = z.infer<typeof groupSyncSettingsSchema>;

/** `codersdk.RoleSyncSettings`: `mapping` is claim value → organization role names. */
export const roleSyncSettingsSchema = z.object({
  field: z._default(z.string(), ''),
  mapping: mappingSchema,
});
export type RoleSyncSettings = z.infer<typeof roleSyncSettingsSchema>;

/** `codersdk.OrganizationSyncSettings`: `mapping` is claim value → organization IDs. */
export const organizationSyncSettingsSchema = z.object({
  field: z._default(z.string(), ''),
  mapping: mappingSchema,
  organization_assign_default: z._default(z.boolean(), false),
});
export type OrganizationSyncSettings = z.infer<typeof organizationSyncSettingsSchema>;

/** Claim fields (`available-fields`) and a field's values (`field-values`): `null` when none are known. */
export const claimListSchema = z.pipe(
  z.nullable(z.array(z.string())),
  z.transform((xs) => xs ?? []),
);

/** One `codersdk.IDPSyncMapping`: a user with claim value `given` gets resource `gets` (an ID or role name). */
export type IdpSyncMappingEntry = { given: string; gets: string };
/** `Patch{Group,Role,Organization}IDPSyncMappingRequest`. */
export type IdpSyncMappingPatch = { add: IdpSyncMappingEntry[]; remove: IdpSyncMappingEntry[] };

/** Whether a pattern compiles. JavaScript's syntax is close to Go's RE2 for the patterns people write here. */
export function regexError(pattern: string): string | undefined {
  if (/\(\?<?[=!]/.test(pattern)) return 'Lookaround assertions are not supported by Go regular expressions.';
  if (/\\[1-9]/.test(pattern)) return 'Backreferences are not supported by Go regular expressions.';
  try {
    new RegExp(pattern);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : 'Invalid regular expression.';
  }
}

/** `PatchGroupIDPSyncConfigRequest`; an empty filter is sent as `null` (no filtering). */
export const groupSyncConfigSchema = z.object({
  field: z.string().check(z.trim()),
  regex_filter: z.string().check(
    z.refine((v) => v === '' || regexError(v) === undefined, {
      error: (iss) => regexError(String(iss.input)) ?? 'Invalid regular expression.',
    }),
  ),
  auto_create_missing_groups: z.boolean(),
});
export type GroupSyncConfigForm = z.infer<typeof groupSyncConfigSchema>;
export type GroupSyncConfigRequest = {
  field: string;
  regex_filter: string | null;
  auto_create_missing_groups: boolean;
};
export const toGroupSyncConfigRequest = (f: GroupSyncConfigForm): GroupSyncConfigRequest => ({
  field: f.field,
  regex_filter: f.regex_filter === '' ? null : f.regex_filter,
  auto_create_missing_groups: f.auto_create_missing_groups,
});
/** `PatchRoleIDPSyncConfigRequest`. */
export type RoleSyncConfigRequest = { field: string };
/** `PatchOrganizationIDPSyncConfigRequest` (note `assign_default`, not `organization_assign_default`). */
export type OrganizationSyncConfigRequest = { field: string; assign_default: boolean };

/** The add/remove diff that turns mapping `before` into `after` (what the `/mapping` PATCH takes). */
export function mappingDiff(before: IdpSyncMapping, after: IdpSyncMapping): IdpSyncMappingPatch {
  const add: IdpSyncMappingEntry[] = [];
  const remove: IdpSyncMappingEntry[] = [];
  for (const [given, ids] of Object.entries(after))
    for (const gets of ids) if (!(before[given] ?? []).includes(gets)) add.push({ given, gets });
  for (const [given, ids] of Object.entries(before))
    for (const gets of ids) if (!(after[given] ?? []).includes(gets)) remove.push({ given, gets });
  return { add, remove };
}

/** Which claim values a group regex filter keeps (Go's `MatchString`: unanchored). No filter keeps all. */
export function regexKeeps(pattern: string | null, values: readonly string[]): string[] {
  if (!pattern) return [...values];
  if (regexError(pattern)) return [];
  const re = new RegExp(pattern);
  return values.filter((v) => re.test(v));
}

const orgSettingsPath = (org: string) => `/api/v2/organizations/${encodeURIComponent(org)}/settings/idpsync`;
const deploymentPath = '/api/v2/settings/idpsync';

export const fetchGroupSyncSettings = (org: string, signal?: AbortSignal) =>
  http(`${orgSettingsPath(org)}/groups`, { signal, schema: groupSyncSettingsSchema });
export const fetchRoleSyncSettings = (org: string, signal?: AbortSignal) =>
  http(`${orgSettingsPath(org)}/roles`, { signal, schema: roleSyncSettingsSchema });
export const fetchOrganizationSyncSettings = (signal?: AbortSignal) =>
  http(`${deploymentPath}/organization`, { signal, schema: organizationSyncSettingsSchema });
export const fetchOrgClaimFields = (org: string, signal?: AbortSignal) =>
  http(`${orgSettingsPath(org)}/available-fields`, { signal, schema: claimListSchema });
export const fetchOrgClaimFieldValues = (org: string, claimField: string, signal?: AbortSignal) =>
  http(`${orgSettingsPath(org)}/field-values`, { query: { claimField }, signal, schema: claimListSchema });
export const fetchDeploymentClaimFields = (signal?: AbortSignal) =>
  http(`${deploymentPath}/available-fields`, { signal, schema: claimListSchema });
export const fetchDeploymentClaimFieldValues = (claimField: string, signal?: AbortSignal) =>
  http(`${deploymentPath}/field-values`, { query: { claimField }, signal, schema: claimListSchema });

/** Full replacements (`PATCH …/groups`): note these drop a legacy name mapping; prefer config + mapping. */
export const putGroupSyncSettings = (
  org: string,
  body: Omit<GroupSyncSettings, 'legacy_group_name_mapping'>,
) => http(`${orgSettingsPath(org)}/groups`, { method: 'PATCH', body, schema: groupSyncSettingsSchema });
export const putRoleSyncSettings = (org: string, body: RoleSyncSettings) =>
  http(`${orgSettingsPath(org)}/roles`, { method: 'PATCH', body, schema: roleSyncSettingsSchema });
export const putOrganizationSyncSettings = (body: OrganizationSyncSettings) =>
  http(`${deploymentPath}/organization`, { method: 'PATCH', body, schema: organizationSyncSettingsSchema });

export const patchGroupSyncConfig = (org: string, body: GroupSyncConfigRequest) =>
  http(`${orgSettingsPath(org)}/groups/config`, { method: 'PATCH', body, schema: groupSyncSettingsSchema });
export const patchGroupSyncMapping = (org: string, body: IdpSyncMappingPatch) =>
  http(`${orgSettingsPath(org)}/groups/mapping`, { method: 'PATCH', body, schema: groupSyncSettingsSchema });
export const patchRoleSyncConfig = (org: string, body: RoleSyncConfigRequest) =>
  http(`${orgSettingsPath(org)}/roles/config`, { method: 'PATCH', body, schema: roleSyncSettingsSchema });
export const patchRoleSyncMapping = (org: string, body: IdpSyncMappingPatch) =>
  http(`${orgSettingsPath(org)}/roles/mapping`, { method: 'PATCH', body, schema: roleSyncSettingsSchema });
export const patchOrganizationSyncConfig = (body: OrganizationSyncConfigRequest) =>
  http(`${deploymentPath}/organization/config`, {
    method: 'PATCH',
    body,
    schema: organizationSyncSettingsSchema,
  });
export const patchOrganizationSyncMapping = (body: IdpSyncMappingPatch) =>
  http(`${deploymentPath}/organization/mapping`, {
    method: 'PATCH',
    body,
    schema: organizationSyncSettingsSchema,
  });

export const idpSyncKeys = {
  all: ['idpSync'] as const,
  org: (orgId: string) => [...idpSyncKeys.all, 'org', orgId] as const,
  groups: (orgId: string) => [...idpSyncKeys.org(orgId), 'groups'] as const,
  roles: (orgId: string) => [...idpSyncKeys.org(orgId), 'roles'] as const,
  orgFields: (orgId: string) => [...idpSyncKeys.org(orgId), 'fields'] as const,
  orgFieldValues: (orgId: string, field: string) => [...idpSyncKeys.org(orgId), 'values', field] as const,
  deployment: () => [...idpSyncKeys.all, 'deployment'] as const,
  organization: () => [...idpSyncKeys.deployment(), 'organization'] as const,
  fields: () => [...idpSyncKeys.deployment(), 'fields'] as const,
  fieldValues: (field: string) => [...idpSyncKeys.deployment(), 'values', field] as const,
};

export const idpSyncQueries = {
  groups: (orgId: string) =>
    queryOptions({
      queryKey: idpSyncKeys.groups(orgId),
      queryFn: ({ signal }) => fetchGroupSyncSettings(orgId, signal),
    }),
  roles: (orgId: string) =>
    queryOptions({
      queryKey: idpSyncKeys.roles(orgId),
      queryFn: ({ signal }) => fetchRoleSyncSettings(orgId, signal),
    }),
  organization: () =>
    queryOptions({
      queryKey: idpSyncKeys.organization(),
      queryFn: ({ signal }) => fetchOrganizationSyncSettings(signal),
    }),
  orgFields: (orgId: string) =>
    queryOptions({
      queryKey: idpSyncKeys.orgFields(orgId),
      queryFn: ({ signal }) => fetchOrgClaimFields(orgId, signal),
      staleTime: 60_000,
    }),
  /** Skipped while no field is chosen (Coder answers 400 without `claimField`). */
  orgFieldValues: (orgId: string, field: string) =>
    queryOptions({
      queryKey: idpSyncKeys.orgFieldValues(orgId, field),
      queryFn: field ? ({ signal }) => fetchOrgClaimFieldValues(orgId, field, signal) : skipToken,
      staleTime: 60_000,
    }),
  fields: () =>
    queryOptions({
      queryKey: idpSyncKeys.fields(),
      queryFn: ({ signal }) => fetchDeploymentClaimFields(signal),
      staleTime: 60_000,
    }),
  fieldValues: (field: string) =>
    queryOptions({
      queryKey: idpSyncKeys.fieldValues(field),
      queryFn: field ? ({ signal }) => fetchDeploymentClaimFieldValues(field, signal) : skipToken,
      staleTime: 60_000,
    }),
};

/** What a settings form saves: the config, then the mapping diff (each sent only when it changed). */
export type IdpSyncSave<C> = { config?: C; mapping?: IdpSyncMappingPatch };
const hasChanges = (m?: IdpSyncMappingPatch) => !!m && (m.add.length > 0 || m.remove.length > 0);

/**
 * Saves group sync through `/config` and `/mapping` (which keep a legacy name mapping, unlike the full
 * PATCH). The answer of the last request is the new state. Groups' `source` is unaffected until sign-ins.
 */
export function useSaveGroupSync(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ config, mapping }: IdpSyncSave<GroupSyncConfigRequest>) => {
      let out: GroupSyncSettings | undefined;
      if (config) out = await patchGroupSyncConfig(orgId, config);
      if (hasChanges(mapping) && mapping) out = await patchGroupSyncMapping(orgId, mapping);
      return out ?? (await fetchGroupSyncSettings(orgId));
    },
    onSuccess: (s) => qc.setQueryData(idpSyncKeys.groups(orgId), s),
    // A config saved before a failed mapping request changed the server: show what it holds now.
    onError: () => qc.invalidateQueries({ queryKey: idpSyncKeys.groups(orgId) }),
  });
}

export function useSaveRoleSync(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ config, mapping }: IdpSyncSave<RoleSyncConfigRequest>) => {
      let out: RoleSyncSettings | undefined;
      if (config) out = await patchRoleSyncConfig(orgId, config);
      if (hasChanges(mapping) && mapping) out = await patchRoleSyncMapping(orgId, mapping);
      return out ?? (await fetchRoleSyncSettings(orgId));
    },
    onSuccess: (s) => qc.setQueryData(idpSyncKeys.roles(orgId), s),
    onError: () => qc.invalidateQueries({ queryKey: idpSyncKeys.roles(orgId) }),
  });
}

export function useSaveOrganizationSync() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ config, mapping }: IdpSyncSave<OrganizationSyncConfigRequest>) => {
      let out: OrganizationSyncSettings | undefined;
      if (config) out = await patchOrganizationSyncConfig(config);
      if (hasChanges(mapping) && mapping) out = await patchOrganizationSyncMapping(mapping);
      return out ?? (await fetchOrganizationSyncSettings());
    },
    onSuccess: (s) => qc.setQueryData(idpSyncKeys.organization(), s),
    onError: () => qc.invalidateQueries({ queryKey: idpSyncKeys.organization() }),
  });
}

/** Full replacement of group sync settings (`PATCH …/idpsync/groups`). */
export function usePutGroupSyncSettings(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<GroupSyncSettings, 'legacy_group_name_mapping'>) =>
      putGroupSyncSettings(orgId, body),
    onSuccess: (s) => qc.setQueryData(idpSyncKeys.groups(orgId), s),
  });
}

export function usePutRoleSyncSettings(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RoleSyncSettings) => putRoleSyncSettings(orgId, body),
    onSuccess: (s) => qc.setQueryData(idpSyncKeys.roles(orgId), s),
  });
}

export function usePutOrganizationSyncSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationSyncSettings) => putOrganizationSyncSettings(body),
    onSuccess: (s) => qc.setQueryData(idpSyncKeys.organization(), s),
  });
}

/** The claim values whose mapping gives a target (a group id, role name or organization id). */
export function claimsFeeding(mapping: IdpSyncMapping, target: string): string[] {
  return Object.entries(mapping)
    .filter(([, ids]) => ids.includes(target))
    .map(([claim]) => claim);
}

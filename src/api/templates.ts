import { queryOptions, skipToken } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { templateWorkspacesFilter, workspaceKeys } from './workspaces';

const optNumber = z.optional(z.number());
const optBool = z.optional(z.boolean());

export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z._default(z.string(), ''),
  description: z._default(z.string(), ''),
  icon: z._default(z.string(), ''),
  organization_id: z.string(),
  organization_name: z._default(z.string(), ''),
  organization_display_name: z._default(z.string(), ''),
  active_version_id: z.string(),
  /** Coder before deprecation (and older mocks) sends neither field: not deprecated. */
  deprecated: z._default(z.boolean(), false),
  deprecation_message: z._default(z.string(), ''),
  /** -1 while Coder is still counting. */
  active_user_count: z._default(z.number(), -1),
  created_at: z.string(),
  updated_at: z.string(),
  // The metadata `PATCH /templates/{id}` would reset if left out (see `templateMeta`); kept as sent.
  default_ttl_ms: optNumber,
  activity_bump_ms: optNumber,
  failure_ttl_ms: optNumber,
  time_til_dormant_ms: optNumber,
  time_til_dormant_autodelete_ms: optNumber,
  allow_user_autostart: optBool,
  allow_user_autostop: optBool,
  allow_user_cancel_workspace_jobs: optBool,
  require_active_version: optBool,
  use_classic_parameter_flow: optBool,
  disable_module_cache: optBool,
});
export type Template = z.infer<typeof templateSchema>;

/** A template is deprecated when Coder says so, or (older servers) when it carries a message. */
export const isDeprecated = (t: Pick<Template, 'deprecated' | 'deprecation_message'>) =>
  t.deprecated || t.deprecation_message !== '';

const templatesSchema = z.array(templateSchema);

export const templateVersionSchema = z.object({
  id: z.string(),
  name: z.string(),
  template_id: z.optional(z.nullable(z.string())),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

export const fetchTemplates = (filter: string, signal?: AbortSignal) =>
  http('/api/v2/templates', { query: { q: filter }, signal, schema: templatesSchema });
/** An organization's templates; Coder leaves deprecated ones out unless `filter` says `deprecated:true`. */
export const fetchOrgTemplates = (org: string, signal?: AbortSignal, filter = '') =>
  http(`/api/v2/organizations/${encodeURIComponent(org)}/templates`, {
    query: { q: filter },
    signal,
    schema: templatesSchema,
  });
export const fetchTemplate = (id: string, signal?: AbortSignal) =>
  http(`/api/v2/templates/${encodeURIComponent(id)}`, { signal, schema: templateSchema });
export const fetchTemplateVersion = (id: string, signal?: AbortSignal) =>
  http(`/api/v2/templateversions/${encodeURIComponent(id)}`, { signal, schema: templateVersionSchema });

/**
 * Every template of an organization, deprecated ones included: Coder's list leaves them out unless asked
 * (`deprecated:true`, which then lists only them), so two requests, merged. A server from before that filter
 * answers the first with all of them: duplicates are dropped by id.
 */
export async function fetchAllOrgTemplates(org: string, signal?: AbortSignal): Promise<Template[]> {
  const [current, deprecated] = await Promise.all([
    fetchOrgTemplates(org, signal),
    fetchOrgTemplates(org, signal, 'deprecated:true'),
  ]);
  const byId = new Map([...current, ...deprecated].map((t) => [t.id, t]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** How many workspaces (that the caller can read) use a template: Coder's search, one row asked for. */
export const fetchTemplateWorkspaceCount = (org: string, template: string, signal?: AbortSignal) =>
  http('/api/v2/workspaces', {
    query: { q: templateWorkspacesFilter(org, template), limit: 1 },
    signal,
    schema: z.object({ count: z.number(), workspaces: z._default(z.array(z.unknown()), []) }),
  }).then((r) => Math.max(r.count, r.workspaces.length));

export const templateKeys = {
  all: ['templates'] as const,
  lists: () => [...templateKeys.all, 'list'] as const,
  list: (filter: string) => [...templateKeys.lists(), filter] as const,
  orgs: () => [...templateKeys.all, 'org'] as const,
  org: (org: string | undefined) => [...templateKeys.orgs(), org] as const,
  orgAll: (org: string | undefined) => [...templateKeys.org(org), 'all'] as const,
  detail: (id: string) => [...templateKeys.all, 'detail', id] as const,
  version: (id: string) => [...templateKeys.all, 'version', id] as const,
};

export const templatesQueries = {
  /** Coder's template search (`organization:`, `exact_name:`, `deprecated:` …). */
  list: (filter: string) =>
    queryOptions({
      queryKey: templateKeys.list(filter),
      queryFn: ({ signal }) => fetchTemplates(filter, signal),
      staleTime: 60_000,
    }),
  /** Every deprecated template the caller can read, in every organization. */
  deprecated: () => templatesQueries.list('deprecated:true'),
  /** Skipped (`skipToken`) until an organization is chosen. Deprecated templates are left out (Coder's default). */
  org: (org: string | undefined) =>
    queryOptions({
      queryKey: templateKeys.org(org),
      queryFn: org ? ({ signal }) => fetchOrgTemplates(org, signal) : skipToken,
      staleTime: 60_000,
    }),
  /** …and with its deprecated templates. */
  orgAll: (org: string | undefined) =>
    queryOptions({
      queryKey: templateKeys.orgAll(org),
      queryFn: org ? ({ signal }) => fetchAllOrgTemplates(org, signal) : skipToken,
      staleTime: 60_000,
    }),
  /** Skipped until the id is known (a workspace's template). */
  detail: (id: string | undefined) =>
    queryOptions({
      queryKey: templateKeys.detail(id ?? ''),
      queryFn: id ? ({ signal }) => fetchTemplate(id, signal) : skipToken,
      staleTime: 60_000,
    }),
  /** A version by id: its name does not change. */
  version: (id: string) =>
    queryOptions({
      queryKey: templateKeys.version(id),
      queryFn: ({ signal }) => fetchTemplateVersion(id, signal),
      staleTime: Infinity,
    }),
  /** Keyed among the workspace lists: a workspace created, deleted or moved refreshes it. */
  workspaceCount: (org: string, template: string) =>
    queryOptions({
      queryKey: [...workspaceKeys.lists(), 'templateCount', org, template] as const,
      queryFn: ({ signal }) => fetchTemplateWorkspaceCount(org, template, signal),
      staleTime: 60_000,
    }),
};

import { queryOptions, skipToken } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';

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
  deprecated: z._default(z.boolean(), false),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Template = z.infer<typeof templateSchema>;

const templatesSchema = z.array(templateSchema);

export const fetchTemplates = (filter: string, signal?: AbortSignal) =>
  http('/api/v2/templates', { query: { q: filter }, signal, schema: templatesSchema });
export const fetchOrgTemplates = (org: string, signal?: AbortSignal) =>
  http(`/api/v2/organizations/${encodeURIComponent(org)}/templates`, { signal, schema: templatesSchema });

export const templateKeys = {
  all: ['templates'] as const,
  list: (filter: string) => [...templateKeys.all, 'list', filter] as const,
  org: (org: string | undefined) => [...templateKeys.all, 'org', org] as const,
};

export const templatesQueries = {
  /** Coder's template search (`organization:`, `exact_name:`, free text …). */
  list: (filter: string) =>
    queryOptions({
      queryKey: templateKeys.list(filter),
      queryFn: ({ signal }) => fetchTemplates(filter, signal),
      staleTime: 60_000,
    }),
  /** Skipped (`skipToken`) until an organization is chosen. */
  org: (org: string | undefined) =>
    queryOptions({
      queryKey: templateKeys.org(org),
      queryFn: org ? ({ signal }) => fetchOrgTemplates(org, signal) : skipToken,
      staleTime: 60_000,
    }),
};

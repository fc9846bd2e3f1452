import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { http } from '../lib/http';

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z.string().default(''),
  description: z.string().default(''),
  icon: z.string().default(''),
  is_default: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
  default_org_member_roles: z.array(z.string()).optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const fetchOrganizations = (signal?: AbortSignal) =>
  http('/api/v2/organizations', { signal, schema: z.array(organizationSchema) });
export const fetchOrganization = (org: string, signal?: AbortSignal) =>
  http(`/api/v2/organizations/${encodeURIComponent(org)}`, { signal, schema: organizationSchema });

export const organizationKeys = {
  all: ['organizations'] as const,
  list: () => [...organizationKeys.all, 'list'] as const,
  detail: (org: string) => [...organizationKeys.all, 'detail', org] as const,
};

export const organizationsQueries = {
  list: () =>
    queryOptions({ queryKey: organizationKeys.list(), queryFn: ({ signal }) => fetchOrganizations(signal) }),
  detail: (org: string) =>
    queryOptions({
      queryKey: organizationKeys.detail(org),
      queryFn: ({ signal }) => fetchOrganization(org, signal),
    }),
};

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { renamed, responseSchema } from './common';

export const organizationSchema = z.pipe(
  z.object({
    id: z.string(),
    // Not in the document's `required` list: without one, pages address the organization by id, which
    // Coder's routes accept as well as the name.
    name: z.optional(z.string()),
    display_name: z._default(z.string(), ''),
    description: z._default(z.string(), ''),
    icon: z._default(z.string(), ''),
    is_default: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
    default_org_member_roles: z.optional(z.array(z.string())),
  }),
  z.transform(({ name, ...o }) => ({ ...o, name: name || o.id })),
);
export type Organization = z.infer<typeof organizationSchema>;

/** Coder's `NameValid` (organizations, roles; groups allow 255 chars). */
export const coderNameSchema = (max = 32) =>
  z.string().check(
    z.minLength(1, 'Name is required.'),
    z.maxLength(max, `At most ${max} characters.`),
    z.regex(
      /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/,
      'Use letters, numbers and single hyphens (e.g. "platform-team").',
    ),
    z.refine((v) => !['new', 'create'].includes(v.toLowerCase()), 'This name is reserved.'),
  );
export const displayNameSchema = z.string().check(
  z.maxLength(64, 'At most 64 characters.'),
  z.refine((v) => v.trim() === v, 'No spaces at the start or end.'),
);

export const organizationRequestSchema = z.object({
  name: coderNameSchema().check(
    z.refine((v) => v.toLowerCase() !== 'default', 'The name "default" is reserved.'),
  ),
  display_name: displayNameSchema,
  description: z.string().check(z.maxLength(1024, 'At most 1024 characters.')),
  icon: z.string(),
});
export type OrganizationRequest = z.infer<typeof organizationRequestSchema>;

const orgPath = (org: string) => `/api/v2/organizations/${encodeURIComponent(org)}`;

export const fetchOrganizations = (signal?: AbortSignal) =>
  http('/api/v2/organizations', { signal, schema: z.array(organizationSchema) });
export const fetchOrganization = (org: string, signal?: AbortSignal) =>
  http(orgPath(org), { signal, schema: organizationSchema });
export const createOrganization = (body: OrganizationRequest) =>
  http('/api/v2/organizations', { method: 'POST', body, schema: organizationSchema });
export const updateOrganization = (org: string, body: Partial<OrganizationRequest>) =>
  http(orgPath(org), { method: 'PATCH', body, schema: organizationSchema });
export const deleteOrganization = (org: string) =>
  http(orgPath(org), { method: 'DELETE', schema: responseSchema });

/** Workspaces in an organization (count only), for the organizations list. */
export const fetchOrganizationWorkspaceCount = (orgName: string, signal?: AbortSignal) =>
  http('/api/v2/workspaces', {
    query: { q: `organization:${orgName}`, limit: 1 },
    signal,
    schema: z.object({ count: z.number(), workspaces: z._default(z.array(z.unknown()), []) }),
  }).then((r) => Math.max(r.count, r.workspaces.length));

export const organizationKeys = {
  all: ['organizations'] as const,
  list: () => [...organizationKeys.all, 'list'] as const,
  detail: (org: string) => [...organizationKeys.all, 'detail', org] as const,
  workspaceCount: (orgName: string) => [...organizationKeys.all, 'workspaceCount', orgName] as const,
  /** The organizations each user belongs to (a user page's card): membership changes touch them. */
  ofUsers: () => [...organizationKeys.all, 'ofUser'] as const,
  ofUser: (user: string) => [...organizationKeys.ofUsers(), user] as const,
};

export const organizationsQueries = {
  list: () =>
    queryOptions({ queryKey: organizationKeys.list(), queryFn: ({ signal }) => fetchOrganizations(signal) }),
  detail: (org: string) =>
    queryOptions({
      queryKey: organizationKeys.detail(org),
      queryFn: ({ signal }) => fetchOrganization(org, signal),
    }),
  workspaceCount: (orgName: string) =>
    queryOptions({
      queryKey: organizationKeys.workspaceCount(orgName),
      queryFn: ({ signal }) => fetchOrganizationWorkspaceCount(orgName, signal),
      staleTime: 60_000,
    }),
};

export function useCreateOrganization() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: (o) => {
      qc.setQueryData(organizationKeys.detail(o.name), o);
      return qc.invalidateQueries({ queryKey: organizationKeys.list() });
    },
  });
}

export function useUpdateOrganization(org: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<OrganizationRequest>) => updateOrganization(org, body),
    onSuccess: (o) => {
      if (o.name !== org) renamed(qc, organizationKeys.detail(org), o);
      qc.setQueryData(organizationKeys.detail(o.name), o);
      qc.setQueryData(organizationKeys.detail(o.id), o);
      return qc.invalidateQueries({ queryKey: organizationKeys.list() });
    },
  });
}

export function useDeleteOrganization() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (o: Organization) => deleteOrganization(o.id),
    onSuccess: (_, o) => {
      qc.removeQueries({ queryKey: organizationKeys.detail(o.name) });
      qc.removeQueries({ queryKey: organizationKeys.detail(o.id) });
      return qc.invalidateQueries({ queryKey: organizationKeys.list() });
    },
  });
}

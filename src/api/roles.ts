import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { authcheckKeys } from './authcheck';
import { assignableRoleSchema, permissionSchema, type Permission } from './common';
import { memberKeys } from './members';
import { coderNameSchema, displayNameSchema } from './organizations';

/** Organization roles (built-in + custom) and custom-role CRUD. Site roles live with users. */
export const roleSchema = z.object({
  name: z.string(),
  display_name: z._default(z.string(), ''),
  organization_id: z.optional(z.string()),
  organization_permissions: z._default(z.nullable(z.array(permissionSchema)), []),
});
export type Role = z.infer<typeof roleSchema>;

/** Form shape of `CustomRoleRequest` (only organization permissions are allowed for org roles). */
export const customRoleFormSchema = z.object({
  name: coderNameSchema(),
  display_name: displayNameSchema.check(z.minLength(1, 'Display name is required.')),
  organization_permissions: z.array(permissionSchema),
});
export type CustomRoleForm = z.infer<typeof customRoleFormSchema>;

const rolesPath = (org: string) => `/api/v2/organizations/${encodeURIComponent(org)}/members/roles`;

const toRequest = (f: CustomRoleForm) => ({
  ...f,
  site_permissions: [] as Permission[],
  user_permissions: [] as Permission[],
  organization_member_permissions: [] as Permission[],
});

export const fetchOrgRoles = (org: string, signal?: AbortSignal) =>
  http(rolesPath(org), { signal, schema: z.array(assignableRoleSchema) });
export const createCustomRole = (org: string, f: CustomRoleForm) =>
  http(rolesPath(org), { method: 'POST', body: toRequest(f), schema: roleSchema });
export const updateCustomRole = (org: string, f: CustomRoleForm) =>
  http(rolesPath(org), { method: 'PUT', body: toRequest(f), schema: roleSchema });
export const deleteCustomRole = (org: string, name: string) =>
  http(`${rolesPath(org)}/${encodeURIComponent(name)}`, { method: 'DELETE' });

export const roleKeys = {
  all: ['orgRoles'] as const,
  org: (orgId: string) => [...roleKeys.all, orgId] as const,
};

export const rolesQueries = {
  org: (orgId: string) =>
    queryOptions({ queryKey: roleKeys.org(orgId), queryFn: ({ signal }) => fetchOrgRoles(orgId, signal) }),
};

export function useCreateCustomRole(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (f: CustomRoleForm) => createCustomRole(orgId, f),
    onSuccess: () => qc.invalidateQueries({ queryKey: roleKeys.org(orgId) }),
  });
}

/** Holders' abilities change with the role: our own permissions may too. */
export function useUpdateCustomRole(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (f: CustomRoleForm) => updateCustomRole(orgId, f),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: roleKeys.org(orgId) }),
        qc.invalidateQueries({ queryKey: authcheckKeys.all }),
      ]),
  });
}

export function useDeleteCustomRole(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => deleteCustomRole(orgId, name),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: roleKeys.org(orgId) }),
        qc.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
        qc.invalidateQueries({ queryKey: authcheckKeys.all }),
      ]),
  });
}

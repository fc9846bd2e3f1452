import { queryOptions, skipToken, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';

/** `AuthorizationObject` of `POST /api/v2/authcheck`. */
export type AuthorizationObject = {
  resource_type: string;
  owner_id?: string;
  organization_id?: string;
  resource_id?: string;
  any_org?: boolean;
};
export type AuthorizationCheck = { object: AuthorizationObject; action: string };
export type Checks = Record<string, AuthorizationCheck>;

const authResponseSchema = z.record(z.string(), z.boolean());

export async function authcheck<C extends Checks>(checks: C, signal?: AbortSignal) {
  const res = await http('/api/v2/authcheck', {
    method: 'POST',
    body: { checks },
    signal,
    schema: authResponseSchema,
  });
  const out = {} as Record<keyof C, boolean>;
  for (const key of Object.keys(checks) as (keyof C)[]) out[key] = res[key as string] ?? false;
  return out;
}

/** Every site-wide check the dashboard asks, in one place (names follow Coder's own dashboard). */
export const siteChecks = {
  viewAllUsers: { object: { resource_type: 'user' }, action: 'read' },
  createUser: { object: { resource_type: 'user' }, action: 'create' },
  updateUsers: { object: { resource_type: 'user' }, action: 'update' },
  deleteUsers: { object: { resource_type: 'user' }, action: 'delete' },
  assignRoles: { object: { resource_type: 'assign_role' }, action: 'assign' },
  createOrganization: { object: { resource_type: 'organization' }, action: 'create' },
  viewAllOrganizations: { object: { resource_type: 'organization' }, action: 'read' },
  viewAnyGroup: { object: { resource_type: 'group' }, action: 'read' },
  editAnyGroups: { object: { resource_type: 'group', any_org: true }, action: 'update' },
  viewAnyMembers: { object: { resource_type: 'organization_member', any_org: true }, action: 'read' },
  editAnyMembers: { object: { resource_type: 'organization_member', any_org: true }, action: 'update' },
  assignAnyRoles: { object: { resource_type: 'assign_org_role', any_org: true }, action: 'assign' },
  editAnySettings: { object: { resource_type: 'organization', any_org: true }, action: 'update' },
  viewAllWorkspaces: { object: { resource_type: 'workspace' }, action: 'read' },
  viewDeploymentConfig: { object: { resource_type: 'deployment_config' }, action: 'read' },
  viewAnyAuditLog: { object: { resource_type: 'audit_log', any_org: true }, action: 'read' },
  /** The deployment-wide IdP organization sync (Coder's `viewOrganizationIDPSyncSettings`). */
  viewOrganizationSync: { object: { resource_type: 'idpsync_settings' }, action: 'read' },
  editOrganizationSync: { object: { resource_type: 'idpsync_settings' }, action: 'update' },
} as const satisfies Checks;
export type SitePermissions = Record<keyof typeof siteChecks, boolean>;

/** Checks scoped to one organization (Coder's `organizations.ts`). */
export const orgChecks = (organizationId: string) =>
  ({
    viewMembers: {
      object: { resource_type: 'organization_member', organization_id: organizationId },
      action: 'read',
    },
    editMembers: {
      object: { resource_type: 'organization_member', organization_id: organizationId },
      action: 'update',
    },
    createGroup: { object: { resource_type: 'group', organization_id: organizationId }, action: 'create' },
    viewGroups: { object: { resource_type: 'group', organization_id: organizationId }, action: 'read' },
    editGroups: { object: { resource_type: 'group', organization_id: organizationId }, action: 'update' },
    deleteGroups: { object: { resource_type: 'group', organization_id: organizationId }, action: 'delete' },
    editSettings: {
      object: { resource_type: 'organization', organization_id: organizationId },
      action: 'update',
    },
    deleteOrganization: {
      object: { resource_type: 'organization', organization_id: organizationId },
      action: 'delete',
    },
    assignOrgRoles: {
      object: { resource_type: 'assign_org_role', organization_id: organizationId },
      action: 'assign',
    },
    viewOrgRoles: {
      object: { resource_type: 'assign_org_role', organization_id: organizationId },
      action: 'read',
    },
    createOrgRoles: {
      object: { resource_type: 'assign_org_role', organization_id: organizationId },
      action: 'create',
    },
    updateOrgRoles: {
      object: { resource_type: 'assign_org_role', organization_id: organizationId },
      action: 'update',
    },
    deleteOrgRoles: {
      object: { resource_type: 'assign_org_role', organization_id: organizationId },
      action: 'delete',
    },
    createWorkspaceForAny: {
      object: { resource_type: 'workspace', organization_id: organizationId },
      action: 'create',
    },
    viewWorkspaces: {
      object: { resource_type: 'workspace', organization_id: organizationId },
      action: 'read',
    },
    viewIdpSyncSettings: {
      object: { resource_type: 'idpsync_settings', organization_id: organizationId },
      action: 'read',
    },
    editIdpSyncSettings: {
      object: { resource_type: 'idpsync_settings', organization_id: organizationId },
      action: 'update',
    },
    viewTemplates: { object: { resource_type: 'template', organization_id: organizationId }, action: 'read' },
    /** Template admins, owners, organization template admins: deprecate and undeprecate (issue 18). */
    updateTemplates: {
      object: { resource_type: 'template', organization_id: organizationId },
      action: 'update',
    },
  }) as const satisfies Checks;
export type OrgPermissions = Record<keyof ReturnType<typeof orgChecks>, boolean>;

/** Checks on one workspace (Coder's `workspaces/permissions.ts`). */
export const workspaceChecks = (ws: { id: string; owner_id: string; organization_id: string }) => {
  const object = {
    resource_type: 'workspace',
    resource_id: ws.id,
    owner_id: ws.owner_id,
    organization_id: ws.organization_id,
  };
  return {
    readWorkspace: { object, action: 'read' },
    updateWorkspace: { object, action: 'update' },
    shareWorkspace: { object, action: 'share' },
    startWorkspace: { object, action: 'start' },
    stopWorkspace: { object, action: 'stop' },
    deleteWorkspace: { object, action: 'delete' },
  } as const satisfies Checks;
};
export type WorkspacePermissions = Record<keyof ReturnType<typeof workspaceChecks>, boolean>;

export const authcheckKeys = {
  all: ['authcheck'] as const,
  site: () => [...authcheckKeys.all, 'site'] as const,
  org: (orgId: string | undefined) => [...authcheckKeys.all, 'org', orgId] as const,
  /** Every check about one workspace. */
  workspaceId: (id: string) => [...authcheckKeys.all, 'workspace', id] as const,
  workspace: (ws: { id: string; owner_id?: string; organization_id?: string }) =>
    [...authcheckKeys.workspaceId(ws.id), ws.owner_id, ws.organization_id] as const,
};

export const authcheckQueries = {
  site: () =>
    queryOptions({
      queryKey: authcheckKeys.site(),
      queryFn: ({ signal }) => authcheck(siteChecks, signal),
      staleTime: 60_000,
    }),
  /** Skipped (`skipToken`) until the organization is known. */
  org: (orgId: string | undefined) =>
    queryOptions({
      queryKey: authcheckKeys.org(orgId),
      queryFn: orgId ? ({ signal }) => authcheck(orgChecks(orgId), signal) : skipToken,
      staleTime: 60_000,
    }),
  /** Skipped until the workspace is loaded. */
  workspace: (ws: { id: string; owner_id: string; organization_id: string } | undefined) =>
    queryOptions({
      queryKey: ws ? authcheckKeys.workspace(ws) : [...authcheckKeys.all, 'workspace'],
      queryFn: ws ? ({ signal }) => authcheck(workspaceChecks(ws), signal) : skipToken,
      staleTime: 30_000,
    }),
};

/**
 * The site-wide answers as a query: `data` once known, `error` (and `refetch`) when the authcheck failed, so
 * callers show the failure with a retry instead of waiting for an answer that will not come.
 */
export function usePermissions(): UseQueryResult<SitePermissions> {
  return useQuery(authcheckQueries.site());
}
/** The answers in one organization (disabled until `orgId` is known), as a query like `usePermissions`. */
export function useOrgPermissions(orgId: string | undefined): UseQueryResult<OrgPermissions> {
  return useQuery(authcheckQueries.org(orgId));
}

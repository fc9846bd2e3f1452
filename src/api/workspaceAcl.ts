/** Workspace sharing: the ACL, the organization's sharing settings, and the sharee search. */
import { queryOptions, useMutation, useQueryClient, skipToken } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { authcheck, authcheckKeys } from './authcheck';
import { openEnum } from './common';
import { groupSchema, groupSummarySchema } from './groups';
import { paginatedMembersSchema } from './members';
import { useReversibleMutation } from './reversible';
import { listTotal } from '../lib/listState';
import { restartWorkspace } from './workspaceRuns';
import { fetchWorkspaces, workspaceAclRoles, workspaceKeys } from './workspaces';

/** A role in an ACL answer; one the UI does not know reads as the narrower `use`. */
export const aclRoleSchema = openEnum(workspaceAclRoles, 'use');
export type AclRole = z.infer<typeof aclRoleSchema>;

export const workspaceUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.optional(z.string()),
  avatar_url: z.optional(z.string()),
  role: aclRoleSchema,
});
export type WorkspaceUser = z.infer<typeof workspaceUserSchema>;
export const workspaceGroupSchema = z.extend(groupSchema, { role: aclRoleSchema });
export type WorkspaceGroup = z.infer<typeof workspaceGroupSchema>;

/** `WorkspaceACL`: note Coder's singular `group` key. */
export const workspaceAclSchema = z.object({
  users: z.pipe(
    z.nullable(z.array(workspaceUserSchema)),
    z.transform((u) => u ?? []),
  ),
  group: z.pipe(
    z.nullable(z.array(workspaceGroupSchema)),
    z.transform((g) => g ?? []),
  ),
});
export type WorkspaceAcl = z.infer<typeof workspaceAclSchema>;

/** `UpdateWorkspaceACL`: a partial merge; `""` removes an entry. */
export type AclPatch = {
  user_roles?: Record<string, AclRole | ''>;
  group_roles?: Record<string, AclRole | ''>;
};

export const sharingModes = ['everyone', 'service_accounts', 'none'] as const;
export type SharingMode = (typeof sharingModes)[number];
export const sharingSettingsSchema = z.object({
  shareable_workspace_owners: openEnum(sharingModes, 'everyone'),
  sharing_disabled: z.optional(z.boolean()),
  sharing_globally_disabled: z._default(z.boolean(), false),
});
export type SharingSettings = z.infer<typeof sharingSettingsSchema>;

const aclPath = (id: string) => `/api/v2/workspaces/${encodeURIComponent(id)}/acl`;
const settingsPath = (org: string) =>
  `/api/v2/organizations/${encodeURIComponent(org)}/settings/workspace-sharing`;

export const fetchWorkspaceAcl = (id: string, signal?: AbortSignal) =>
  http(aclPath(id), { signal, schema: workspaceAclSchema });
export const patchWorkspaceAcl = (id: string, body: AclPatch) => http(aclPath(id), { method: 'PATCH', body });
export const deleteWorkspaceAcl = (id: string) => http(aclPath(id), { method: 'DELETE' });
export const fetchSharingSettings = (org: string, signal?: AbortSignal) =>
  http(settingsPath(org), { signal, schema: sharingSettingsSchema });
export const patchSharingSettings = (org: string, mode: SharingMode) =>
  http(settingsPath(org), {
    method: 'PATCH',
    body: { shareable_workspace_owners: mode },
    schema: sharingSettingsSchema,
  });

/** Sharee candidates, searched on the server as Coder's dashboard does (members + groups of the org). */
export const searchOrgMembers = (org: string, text: string, signal?: AbortSignal) =>
  http(`/api/v2/organizations/${encodeURIComponent(org)}/paginated-members`, {
    query: { q: text, limit: 10 },
    signal,
    schema: paginatedMembersSchema,
  });
export const fetchOrgGroupsForSharing = (org: string, signal?: AbortSignal) =>
  http(`/api/v2/organizations/${encodeURIComponent(org)}/groups`, {
    signal,
    schema: z.array(groupSummarySchema),
  });

/** How many workspaces a search matches, from a one-row page (trusting a row over a `count` of 0). */
async function countWorkspaces(filter: string, signal?: AbortSignal) {
  const page = await fetchWorkspaces({ filter, page: 1, pageSize: 1 }, signal);
  return listTotal(page.count, page.workspaces.length);
}

/**
 * How many workspaces lose their shares if the org narrows to `mode` (the server deletes those ACLs):
 * `none` → every shared workspace; `service_accounts` → shared workspaces not owned by a service account.
 * Counted, not listed: one count for all shared workspaces, one per service account.
 */
export async function countSharesLost(orgId: string, mode: SharingMode, signal?: AbortSignal) {
  if (mode === 'everyone') return 0;
  const shared = `organization:${orgId} shared:true`;
  const all = await countWorkspaces(shared, signal);
  if (mode === 'none' || all === 0) return all;
  const sa = await http(`/api/v2/organizations/${encodeURIComponent(orgId)}/paginated-members`, {
    query: { q: 'service_account:true', limit: 0 },
    signal,
    schema: paginatedMembersSchema,
  });
  const kept = await Promise.all(
    sa.members.map((m) => countWorkspaces(`${shared} owner:${m.username}`, signal)),
  );
  return all - kept.reduce((a, b) => a + b, 0);
}

export const workspaceAclKeys = {
  all: ['workspaceAcl'] as const,
  acl: (id: string) => [...workspaceAclKeys.all, id] as const,
  settings: (org: string) => ['sharingSettings', org] as const,
  members: (org: string | undefined, text: string) => ['sharees', org, 'members', text] as const,
  sharesLost: (org: string, mode: SharingMode | undefined) =>
    [...workspaceAclKeys.all, 'sharesLost', org, mode] as const,
  groups: (org: string) => ['sharees', org, 'groups'] as const,
};

export const workspaceAclQueries = {
  /** May the caller share every workspace in the org (org admin / owner)? The server's test for self-changes. */
  shareAll: (orgId: string) =>
    queryOptions({
      queryKey: [...authcheckKeys.all, 'share-all', orgId] as const,
      queryFn: ({ signal }) =>
        authcheck(
          { shareAll: { object: { resource_type: 'workspace', organization_id: orgId }, action: 'share' } },
          signal,
        ),
      staleTime: 30_000,
    }),
  acl: (id: string) =>
    queryOptions({
      queryKey: workspaceAclKeys.acl(id),
      queryFn: ({ signal }) => fetchWorkspaceAcl(id, signal),
    }),
  settings: (org: string) =>
    queryOptions({
      queryKey: workspaceAclKeys.settings(org),
      queryFn: ({ signal }) => fetchSharingSettings(org, signal),
    }),
  /** Skipped (`skipToken`) until the organization is known. */
  members: (org: string | undefined, text: string) =>
    queryOptions({
      queryKey: workspaceAclKeys.members(org, text),
      queryFn: org ? ({ signal }) => searchOrgMembers(org, text, signal) : skipToken,
      staleTime: 30_000,
    }),
  /** Skipped (`skipToken`) until a narrower mode is chosen; always fresh (the count guards a deletion). */
  sharesLost: (org: string, mode: SharingMode | undefined) =>
    queryOptions({
      queryKey: workspaceAclKeys.sharesLost(org, mode),
      queryFn: mode ? ({ signal }) => countSharesLost(org, mode, signal) : skipToken,
      staleTime: 0,
      gcTime: 0,
    }),
  groups: (org: string) =>
    queryOptions({
      queryKey: workspaceAclKeys.groups(org),
      queryFn: ({ signal }) => fetchOrgGroupsForSharing(org, signal),
      staleTime: 30_000,
    }),
};

/** The `UpdateWorkspaceACL` that turns `before` into `after`: changed or new entries, `""` for gone ones. */
export function aclDiff(before: WorkspaceAcl, after: WorkspaceAcl): AclPatch {
  const diff = (was: { id: string; role: AclRole }[], now: { id: string; role: AclRole }[]) => {
    const out: Record<string, AclRole | ''> = {};
    const next = new Map(now.map((x) => [x.id, x.role]));
    for (const x of was) if (!next.has(x.id)) out[x.id] = '';
    const prev = new Map(was.map((x) => [x.id, x.role]));
    for (const [id, role] of next) if (prev.get(id) !== role) out[id] = role;
    return Object.keys(out).length ? out : undefined;
  };
  const user_roles = diff(before.users, after.users);
  const group_roles = diff(before.group, after.group);
  return { ...(user_roles && { user_roles }), ...(group_roles && { group_roles }) };
}

/** A saved sharing change: the workspace's ACL as it was and as it is to be (shown at once). */
export type AclChange = { id: string; before: WorkspaceAcl; after: WorkspaceAcl };

/**
 * ACL changes alter this workspace's ACL and `shared_with`, what may be done to it, and list results
 * (sharing columns, "Shared with…"): those refetch, nothing about other workspaces. The inverse sends the
 * patch from `after` back to `before` (previous roles back, additions removed, removals re-added).
 */
export function useUpdateWorkspaceAcl() {
  const qc = useQueryClient();
  return useReversibleMutation({
    mutationFn: ({ id, before, after }: AclChange) => patchWorkspaceAcl(id, aclDiff(before, after)),
    optimistic: ({ id, after }) => [{ queryKey: workspaceAclKeys.acl(id), update: () => after }],
    settled: ({ id }) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: workspaceAclKeys.acl(id) }),
        qc.invalidateQueries({ queryKey: workspaceKeys.lists() }),
        qc.invalidateQueries({
          queryKey: workspaceKeys.details(),
          predicate: (q) => (q.state.data as { id?: string } | undefined)?.id === id,
        }),
        qc.invalidateQueries({ queryKey: authcheckKeys.workspaceId(id) }),
      ]),
    inverse: ({ id, before, after }): AclChange => ({ id, before: after, after: before }),
  });
}

export function useUpdateSharingSettings(org: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mode: SharingMode) => patchSharingSettings(org, mode),
    onSuccess: (s) => {
      qc.setQueryData(workspaceAclKeys.settings(org), s);
      return Promise.all([
        qc.invalidateQueries({ queryKey: workspaceKeys.all }),
        qc.invalidateQueries({ queryKey: workspaceAclKeys.all }),
        qc.invalidateQueries({ queryKey: authcheckKeys.all }),
      ]);
    },
  });
}

export type RotateStep = 'sharing' | 'restarting';

/**
 * Seed 000's rotate-access.sh as one mutation: the ACL patch (outgoing removed, incoming added), then a
 * restart so the removal takes effect. `onStep` reports where it is; the workspace refetches at the end.
 */
export function useRotateAccess(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (p: { patch: AclPatch; onStep?: (step: RotateStep) => void }) => {
      p.onStep?.('sharing');
      await patchWorkspaceAcl(id, p.patch);
      await qc.invalidateQueries({ queryKey: workspaceAclKeys.acl(id) });
      p.onStep?.('restarting');
      return restartWorkspace(id);
    },
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: workspaceAclKeys.acl(id) }),
        qc.invalidateQueries({ queryKey: workspaceKeys.lists() }),
        qc.invalidateQueries({ queryKey: workspaceKeys.builds(id) }),
        qc.invalidateQueries({
          queryKey: workspaceKeys.details(),
          predicate: (q) => (q.state.data as { id?: string } | undefined)?.id === id,
        }),
      ]),
  });
}

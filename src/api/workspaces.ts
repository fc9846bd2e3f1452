import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';
import { authcheck, authcheckKeys } from './authcheck';
import { openEnum, openEnumArray, pageToWire, type PageParams } from './common';
import { workspaceResourceSchema } from './workspaceBuilds';

export const workspaceTransitions = ['start', 'stop', 'delete'] as const;
export const provisionerJobStatuses = [
  'pending',
  'running',
  'succeeded',
  'canceling',
  'canceled',
  'failed',
  'unknown',
] as const;
export const workspaceStatuses = [
  'pending',
  'starting',
  'running',
  'stopping',
  'stopped',
  'failed',
  'canceling',
  'canceled',
  'deleting',
  'deleted',
] as const;
export const workspaceAclRoles = ['admin', 'use'] as const;

export const provisionerJobSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  started_at: z.optional(z.string()),
  completed_at: z.optional(z.string()),
  error: z.optional(z.string()),
  canceled_at: z.optional(z.string()),
  status: openEnum(provisionerJobStatuses, 'unknown'),
  queue_position: z._default(z.number(), 0),
  queue_size: z._default(z.number(), 0),
  organization_id: z.optional(z.string()),
});

export const workspaceBuildSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  workspace_id: z.string(),
  workspace_name: z.string(),
  workspace_owner_id: z.string(),
  workspace_owner_name: z.optional(z.string()),
  template_version_id: z.string(),
  template_version_name: z._default(z.string(), ''),
  build_number: z.number(),
  transition: openEnum(workspaceTransitions, 'start'),
  initiator_id: z.string(),
  initiator_name: z._default(z.string(), ''),
  job: provisionerJobSchema,
  reason: z._default(z.string(), 'initiator'),
  status: openEnum(workspaceStatuses, 'pending'),
  daily_cost: z._default(z.number(), 0),
  resources: z._default(z.array(workspaceResourceSchema), []),
});
export type WorkspaceBuild = z.infer<typeof workspaceBuildSchema>;
export type WorkspaceStatus = WorkspaceBuild['status'];

export const sharedWorkspaceActorSchema = z.object({
  id: z.string(),
  actor_type: openEnum(['user', 'group'], 'user'),
  name: z.string(),
  avatar_url: z.optional(z.string()),
  roles: openEnumArray(workspaceAclRoles),
});
export type SharedWorkspaceActor = z.infer<typeof sharedWorkspaceActorSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  owner_id: z.string(),
  owner_name: z.string(),
  owner_avatar_url: z._default(z.string(), ''),
  organization_id: z.string(),
  organization_name: z._default(z.string(), ''),
  template_id: z.string(),
  template_name: z.string(),
  template_display_name: z._default(z.string(), ''),
  template_icon: z._default(z.string(), ''),
  template_active_version_id: z.string(),
  latest_build: workspaceBuildSchema,
  outdated: z.boolean(),
  last_used_at: z.string(),
  autostart_schedule: z.optional(z.string()),
  ttl_ms: z.optional(z.number()),
  dormant_at: z.optional(z.nullable(z.string())),
  deleting_at: z.optional(z.nullable(z.string())),
  health: z.optional(z.object({ healthy: z.boolean(), failing_agents: z._default(z.array(z.string()), []) })),
  automatic_updates: openEnum(['always', 'never'], 'never'),
  allow_renames: z._default(z.boolean(), false),
  favorite: z._default(z.boolean(), false),
  shared_with: z._default(z.array(sharedWorkspaceActorSchema), []),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspacesResponseSchema = z.object({ workspaces: z.array(workspaceSchema), count: z.number() });
export type WorkspacesResponse = z.infer<typeof workspacesResponseSchema>;

/** A build whose job is still queued, running or canceling: the UI polls until it settles. */
export const isBuildActive = (b: WorkspaceBuild) =>
  b.job.status === 'pending' || b.job.status === 'running' || b.job.status === 'canceling';
/** A build Cancel can still stop. */
export const isBuildCancelable = (b: WorkspaceBuild) =>
  b.job.status === 'pending' || b.job.status === 'running';
const POLL_MS = 1000;

export type WorkspaceListParams = PageParams & { filter: string };

const wsPath = (id: string) => `/api/v2/workspaces/${encodeURIComponent(id)}`;

export const fetchWorkspaces = (p: WorkspaceListParams, signal?: AbortSignal) =>
  http('/api/v2/workspaces', {
    query: { q: p.filter, ...pageToWire(p) },
    signal,
    schema: workspacesResponseSchema,
  });
export const fetchWorkspace = (id: string, signal?: AbortSignal) =>
  http(wsPath(id), { signal, schema: workspaceSchema });
export const fetchWorkspaceByOwnerAndName = (owner: string, name: string, signal?: AbortSignal) =>
  http(`/api/v2/users/${encodeURIComponent(owner)}/workspace/${encodeURIComponent(name)}`, {
    signal,
    schema: workspaceSchema,
  });
export const fetchBuilds = (id: string, signal?: AbortSignal) =>
  http(`${wsPath(id)}/builds`, { query: { limit: 10 }, signal, schema: z.array(workspaceBuildSchema) });

export type BuildTransition = (typeof workspaceTransitions)[number];
/** `templateVersionId` moves the workspace to that version (Update: the template's active version). */
export const createBuild = (id: string, transition: BuildTransition, templateVersionId?: string) =>
  http(`${wsPath(id)}/builds`, {
    method: 'POST',
    body: {
      transition,
      reason: 'dashboard',
      ...(templateVersionId ? { template_version_id: templateVersionId } : {}),
    },
    schema: workspaceBuildSchema,
  });
export const renameWorkspace = (id: string, name: string) =>
  http(wsPath(id), { method: 'PATCH', body: { name } });

/** `CreateWorkspaceRequest` (the fields we send). Field names are the wire's, for `applyServerErrors`. */
export const workspaceNameSchema = z
  .string()
  .check(
    z.minLength(1, 'Enter a name.'),
    z.maxLength(32, 'At most 32 characters.'),
    z.regex(
      /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/,
      'Letters, digits and single hyphens; no leading or trailing hyphen.',
    ),
  );
export const createWorkspaceSchema = z.object({
  name: workspaceNameSchema,
  template_id: z.string().check(z.minLength(1, 'Pick a template.')),
});
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceSchema>;
export const createWorkspace = (org: string, owner: string, body: CreateWorkspaceRequest) =>
  http(`/api/v2/organizations/${encodeURIComponent(org)}/members/${encodeURIComponent(owner)}/workspaces`, {
    method: 'POST',
    body,
    schema: workspaceSchema,
  });

/**
 * The workspace search for one template's workspaces: Coder's `template:` takes a name, which is unique only
 * within an organization, so the organization is named too.
 */
export const templateWorkspacesFilter = (org: string, template: string) =>
  `organization:${org} template:${template}`;

export const workspaceKeys = {
  all: ['workspaces'] as const,
  lists: () => [...workspaceKeys.all, 'list'] as const,
  list: (p: WorkspaceListParams) => [...workspaceKeys.lists(), p] as const,
  details: () => [...workspaceKeys.all, 'detail'] as const,
  byName: (owner: string, name: string) => [...workspaceKeys.details(), owner, name] as const,
  builds: (id: string | undefined) => [...workspaceKeys.all, 'builds', id] as const,
  /** A user page's workspaces card: a list, so every change to workspace lists refreshes it. */
  userCard: (q: string, limit: number) => [...workspaceKeys.lists(), 'userCard', q, limit] as const,
};

export const workspacesQueries = {
  /** "All workspaces" is for whoever may read workspaces they do not own, in any organization. */
  viewAny: () =>
    queryOptions({
      queryKey: [...authcheckKeys.all, 'workspaces-any-org'] as const,
      queryFn: ({ signal }) =>
        authcheck(
          { viewAny: { object: { resource_type: 'workspace', any_org: true }, action: 'read' } },
          signal,
        ),
      staleTime: 60_000,
    }),
  list: (p: WorkspaceListParams) =>
    queryOptions({
      queryKey: workspaceKeys.list(p),
      queryFn: ({ signal }) => fetchWorkspaces(p, signal),
      placeholderData: keepPreviousData,
      refetchInterval: (q) =>
        q.state.data?.workspaces.some((w) => isBuildActive(w.latest_build)) ? POLL_MS : false,
    }),
  /** The workspace page reads `/@owner/name`; polls while its latest build is active. */
  byName: (owner: string, name: string) =>
    queryOptions({
      queryKey: workspaceKeys.byName(owner, name),
      queryFn: ({ signal }) => fetchWorkspaceByOwnerAndName(owner, name, signal),
      refetchInterval: (q) => (q.state.data && isBuildActive(q.state.data.latest_build) ? POLL_MS : false),
    }),
  /** One workspace by id, polled until `untilBuild` exists and has settled (a banner following it). */
  byId: (id: string, untilBuild = 0) =>
    queryOptions({
      queryKey: [...workspaceKeys.details(), 'id', id] as const,
      queryFn: ({ signal }) => fetchWorkspace(id, signal),
      refetchInterval: (q) => {
        const b = q.state.data?.latest_build;
        return b && (b.build_number < untilBuild || isBuildActive(b)) ? POLL_MS : false;
      },
    }),
  /** Skipped (`skipToken`) until the workspace is loaded. */
  builds: (id: string | undefined, active: boolean) =>
    queryOptions({
      queryKey: workspaceKeys.builds(id),
      queryFn: id ? ({ signal }) => fetchBuilds(id, signal) : skipToken,
      refetchInterval: active ? POLL_MS : false,
    }),
};

/**
 * Resolves once the workspace's latest build has settled (restart = stop, wait, start). Stops when `signal`
 * aborts; a build still active after `maxMs` is an error that says so, not a silent give-up.
 */
export async function waitForIdle(
  id: string,
  opts: { signal?: AbortSignal; intervalMs?: number; maxMs?: number } = {},
): Promise<Workspace> {
  const { signal, intervalMs = 500, maxMs = 120_000 } = opts;
  const until = Date.now() + maxMs;
  for (;;) {
    const ws = await fetchWorkspace(id, signal);
    if (!isBuildActive(ws.latest_build)) return ws;
    if (Date.now() >= until) {
      throw new Error(
        `${ws.name}'s ${ws.latest_build.transition} build is still ${ws.latest_build.status} after ${Math.round(maxMs / 1000)} s.`,
      );
    }
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, intervalMs);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(t);
          reject(signal.reason instanceof Error ? signal.reason : new Error('Cancelled.'));
        },
        { once: true },
      );
    });
  }
}

/** What a build produced (resources, agents, apps) and its log; cancel. Coder's `/workspacebuilds/{id}/...`. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { http } from '../lib/http';

// Enum-like fields stay plain strings: a value a newer Coder adds must never fail the workspace page.
export const workspaceAppSchema = z.object({
  id: z.string(),
  slug: z.string(),
  display_name: z._default(z.string(), ''),
  icon: z._default(z.string(), ''),
  url: z.optional(z.string()),
  external: z._default(z.boolean(), false),
  health: z._default(z.string(), 'disabled'),
  hidden: z._default(z.boolean(), false),
});
export type WorkspaceApp = z.infer<typeof workspaceAppSchema>;

export const workspaceAgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  lifecycle_state: z.optional(z.string()),
  operating_system: z._default(z.string(), ''),
  architecture: z._default(z.string(), ''),
  version: z._default(z.string(), ''),
  apps: z._default(z.array(workspaceAppSchema), []),
});
export type WorkspaceAgent = z.infer<typeof workspaceAgentSchema>;

export const workspaceResourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  icon: z._default(z.string(), ''),
  hide: z._default(z.boolean(), false),
  agents: z._default(z.array(workspaceAgentSchema), []),
  metadata: z._default(
    z.array(z.object({ key: z.string(), value: z.string(), sensitive: z._default(z.boolean(), false) })),
    [],
  ),
});
export type WorkspaceResource = z.infer<typeof workspaceResourceSchema>;

export const provisionerJobLogSchema = z.object({
  id: z.number(),
  created_at: z.string(),
  log_level: z._default(z.string(), 'info'),
  stage: z._default(z.string(), ''),
  output: z._default(z.string(), ''),
});
export type ProvisionerJobLog = z.infer<typeof provisionerJobLogSchema>;

const buildPath = (id: string) => `/api/v2/workspacebuilds/${encodeURIComponent(id)}`;

export const fetchBuildLogs = (buildId: string, signal?: AbortSignal) =>
  http(`${buildPath(buildId)}/logs`, { signal, schema: z.array(provisionerJobLogSchema) });
export const cancelBuild = (buildId: string) => http(`${buildPath(buildId)}/cancel`, { method: 'PATCH' });

export const buildKeys = {
  all: ['workspacebuilds'] as const,
  logs: (buildId: string) => [...buildKeys.all, buildId, 'logs'] as const,
};

export const buildQueries = {
  /** A build's log; polled while the build runs (the mock and Coder append lines as the job goes). */
  logs: (buildId: string, active: boolean) =>
    queryOptions({
      queryKey: buildKeys.logs(buildId),
      queryFn: ({ signal }) => fetchBuildLogs(buildId, signal),
      refetchInterval: active ? 1000 : false,
    }),
};

/** Cancels a pending or running build; the workspace (and its build list) then follow the job. */
export function useCancelBuild(onSettled: () => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (buildId: string) => cancelBuild(buildId),
    onSuccess: (_r, buildId) =>
      Promise.all([qc.invalidateQueries({ queryKey: buildKeys.logs(buildId) }), onSettled()]),
  });
}

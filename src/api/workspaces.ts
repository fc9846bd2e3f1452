import { z } from 'zod';

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
  started_at: z.string().optional(),
  completed_at: z.string().optional(),
  error: z.string().optional(),
  status: z.enum(provisionerJobStatuses),
  queue_position: z.number().default(0),
  queue_size: z.number().default(0),
  organization_id: z.string().optional(),
});

export const workspaceBuildSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  workspace_id: z.string(),
  workspace_name: z.string(),
  workspace_owner_id: z.string(),
  workspace_owner_name: z.string().optional(),
  template_version_id: z.string(),
  template_version_name: z.string().default(''),
  build_number: z.number(),
  transition: z.enum(workspaceTransitions),
  initiator_id: z.string(),
  initiator_name: z.string().default(''),
  job: provisionerJobSchema,
  reason: z.string().default('initiator'),
  status: z.enum(workspaceStatuses),
  daily_cost: z.number().default(0),
});
export type WorkspaceBuild = z.infer<typeof workspaceBuildSchema>;
export type WorkspaceStatus = WorkspaceBuild['status'];

export const sharedWorkspaceActorSchema = z.object({
  id: z.string(),
  actor_type: z.enum(['user', 'group']),
  name: z.string(),
  avatar_url: z.string().optional(),
  roles: z.array(z.enum(workspaceAclRoles)),
});
export type SharedWorkspaceActor = z.infer<typeof sharedWorkspaceActorSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  owner_id: z.string(),
  owner_name: z.string(),
  owner_avatar_url: z.string().default(''),
  organization_id: z.string(),
  organization_name: z.string().default(''),
  template_id: z.string(),
  template_name: z.string(),
  template_display_name: z.string().default(''),
  template_icon: z.string().default(''),
  template_active_version_id: z.string(),
  latest_build: workspaceBuildSchema,
  outdated: z.boolean(),
  last_used_at: z.string(),
  autostart_schedule: z.string().optional(),
  ttl_ms: z.number().optional(),
  dormant_at: z.string().nullable().optional(),
  deleting_at: z.string().nullable().optional(),
  health: z.object({ healthy: z.boolean(), failing_agents: z.array(z.string()).default([]) }).optional(),
  automatic_updates: z.enum(['always', 'never']).default('never'),
  allow_renames: z.boolean().default(false),
  favorite: z.boolean().default(false),
  shared_with: z.array(sharedWorkspaceActorSchema).default([]),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspacesResponseSchema = z.object({ workspaces: z.array(workspaceSchema), count: z.number() });

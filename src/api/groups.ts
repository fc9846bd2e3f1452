import { z } from 'zod';

export const reducedUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  email: z.string(),
  avatar_url: z.string().optional(),
  created_at: z.string(),
  updated_at: z.string().optional(),
  last_seen_at: z.string().optional(),
  status: z.enum(['active', 'dormant', 'suspended']).optional(),
  login_type: z.string().optional(),
  is_service_account: z.boolean().optional(),
});
export type ReducedUser = z.infer<typeof reducedUserSchema>;

export const groupSources = ['user', 'oidc'] as const;
export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z.string().default(''),
  organization_id: z.string(),
  organization_name: z.string().default(''),
  organization_display_name: z.string().default(''),
  members: z.array(reducedUserSchema).nullable().default([]),
  total_member_count: z.number().default(0),
  avatar_url: z.string().default(''),
  quota_allowance: z.number().default(0),
  source: z.enum(groupSources).default('user'),
});
export type Group = z.infer<typeof groupSchema>;

import { z } from 'zod';

/** Shapes shared by several Coder resources. */
export const slimRoleSchema = z.object({
  name: z.string(),
  display_name: z.string().default(''),
  organization_id: z.string().optional(),
});
export type SlimRole = z.infer<typeof slimRoleSchema>;

export const responseSchema = z.object({ message: z.string(), detail: z.string().optional() });

export const minimalUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  avatar_url: z.string().optional(),
});
export type MinimalUser = z.infer<typeof minimalUserSchema>;

/** Page params as they live in our URLs (1-based page). */
export type PageParams = { page: number; pageSize: number };
export const pageToWire = ({ page, pageSize }: PageParams) => ({
  limit: pageSize,
  offset: (page - 1) * pageSize,
});

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

export const permissionSchema = z.object({
  negate: z.boolean(),
  resource_type: z.string(),
  action: z.string(),
});
export type Permission = z.infer<typeof permissionSchema>;

/** `AssignableRoles`: a role plus whether the caller may grant it. */
export const assignableRoleSchema = z.object({
  name: z.string(),
  display_name: z.string(),
  organization_id: z.string().optional(),
  site_permissions: z.array(permissionSchema).nullable().default([]),
  organization_permissions: z.array(permissionSchema).nullable().default([]),
  user_permissions: z.array(permissionSchema).nullable().default([]),
  organization_member_permissions: z.array(permissionSchema).nullable().default([]),
  assignable: z.boolean(),
  built_in: z.boolean(),
});
export type AssignableRole = z.infer<typeof assignableRoleSchema>;

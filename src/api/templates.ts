import { z } from 'zod';

export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z.string().default(''),
  description: z.string().default(''),
  icon: z.string().default(''),
  organization_id: z.string(),
  organization_name: z.string().default(''),
  organization_display_name: z.string().default(''),
  active_version_id: z.string(),
  deprecated: z.boolean().default(false),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Template = z.infer<typeof templateSchema>;

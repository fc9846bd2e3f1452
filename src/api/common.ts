import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { z } from 'zod/mini';

/** Shapes shared by several Coder resources. */
export const slimRoleSchema = z.object({
  name: z.string(),
  display_name: z._default(z.string(), ''),
  organization_id: z.optional(z.string()),
});
export type SlimRole = z.infer<typeof slimRoleSchema>;

export const responseSchema = z.object({ message: z.string(), detail: z.optional(z.string()) });

export const minimalUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.optional(z.string()),
  avatar_url: z.optional(z.string()),
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
  organization_id: z.optional(z.string()),
  site_permissions: z._default(z.nullable(z.array(permissionSchema)), []),
  organization_permissions: z._default(z.nullable(z.array(permissionSchema)), []),
  user_permissions: z._default(z.nullable(z.array(permissionSchema)), []),
  organization_member_permissions: z._default(z.nullable(z.array(permissionSchema)), []),
  assignable: z.boolean(),
  built_in: z.boolean(),
});
export type AssignableRole = z.infer<typeof assignableRoleSchema>;

type EnumValues = readonly [string, ...string[]];

/**
 * An enum in a response: a value outside `values` (a newer server, or one the document allows and the UI
 * does not know) becomes `fallback`, one the UI already renders, instead of failing the whole response.
 * Request schemas stay strict `z.enum`.
 */
export const openEnum = <const T extends EnumValues>(values: T, fallback: T[number]) =>
  z.catch(z.enum(values), fallback);

/** An array of enum values in a response: entries the UI does not know are dropped, the rest kept. */
export const openEnumArray = <const T extends EnumValues>(values: T) =>
  z.pipe(
    z.array(z.catch(z.optional(z.enum(values)), undefined)),
    z.transform((xs) => xs.filter((x): x is T[number] => x !== undefined)),
  );

/** Go's zero `time.Time` (`0001-01-01T00:00:00Z`), which Coder sends for "never" (e.g. a user never seen). */
export const isGoZeroTime = (iso: string) => iso.startsWith('0001-01-01T00:00:00');

/** A timestamp that may be Go's zero time: read as absent ("Never"), like an omitted one. */
export const coderTime = z.optional(
  z.pipe(
    z.string(),
    z.transform((iso) => (isGoZeroTime(iso) ? undefined : iso)),
  ),
);

/**
 * A resource renamed: the entry under its old name (a name is in the URL and the key) gets the renamed
 * object, marked stale. The page that renamed it still reads that entry until it follows to the new URL;
 * removing it would put a loader in the page's place, and throw away the page's state, for that moment.
 * Stale, a later visit to the old name asks the server (404) instead of trusting it.
 */
export function renamed(qc: QueryClient, oldKey: QueryKey, value: unknown) {
  qc.setQueryData(oldKey, value);
  void qc.invalidateQueries({ queryKey: oldKey, exact: true, refetchType: 'none' });
}

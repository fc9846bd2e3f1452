import type { Permission } from '../../../api/common';

/** What the export reads: the shapes of Coder's responses, trimmed to what is written. */
export type ExportOrganization = {
  id: string;
  name: string;
  display_name: string;
  description: string;
  icon: string;
  is_default: boolean;
};
export type ExportGroup = {
  id: string;
  name: string;
  display_name: string;
  avatar_url: string;
  quota_allowance: number;
  source: string;
  members: { id: string; username: string }[];
};
export type ExportRole = {
  name: string;
  display_name: string;
  built_in: boolean;
  organization_permissions?: Permission[] | null;
  organization_member_permissions?: Permission[] | null;
  site_permissions?: Permission[] | null;
  user_permissions?: Permission[] | null;
};
/** `codersdk.GroupSyncSettings`: `mapping` is claim value → group IDs. */
export type ExportGroupSync = {
  field: string;
  mapping: Record<string, string[]>;
  regex_filter: string | null;
  auto_create_missing_groups: boolean;
  legacy_group_name_mapping?: Record<string, string> | null;
};
/** `codersdk.RoleSyncSettings`: `mapping` is claim value → organization role names. */
export type ExportRoleSync = { field: string; mapping: Record<string, string[]> };

export type TerraformExportInput = {
  organization: ExportOrganization;
  groups: ExportGroup[];
  roles: ExportRole[];
  groupSync: ExportGroupSync;
  roleSync: ExportRoleSync;
};

/** Sorting by UTF-16 code units: the same order in every locale. */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whether the group is the organization's Everyone group (Coder gives it the organization's id). */
export const isEveryoneGroup = (g: { id: string }, org: { id: string }) => g.id === org.id;

/** Custom roles of the organization, by name: the provider has no resource for them. */
export const customRoles = (roles: ExportRole[]) =>
  roles.filter((r) => !r.built_in).sort((a, b) => byCodeUnits(a.name, b.name));

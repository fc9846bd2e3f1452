/** IdP sync settings as stored, with Coder's answers for settings never set (handlers and the auditor read them). */
import type { Db, GroupSyncRow, OrganizationRow, OrganizationSyncRow, RoleSyncRow } from './db';

export const groupSyncOf = (o: OrganizationRow): GroupSyncRow =>
  o.group_sync ?? {
    field: '',
    mapping: null,
    regex_filter: null,
    auto_create_missing_groups: false,
    legacy_group_name_mapping: null,
  };
export const roleSyncOf = (o: OrganizationRow): RoleSyncRow => o.role_sync ?? { field: '', mapping: null };
/** Never set: Coder keeps the legacy behaviour, every user in the default organization. */
export const organizationSyncOf = (db: Db): OrganizationSyncRow =>
  db.data.deployment.organization_sync ?? { field: '', mapping: null, organization_assign_default: true };

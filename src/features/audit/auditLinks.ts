/** Where an audit entry's resource lives in this dashboard, if it still exists and has a page. */
import type { AuditLog } from '../../api/audit';
import { paths } from '../../lib/paths';

const field = (e: AuditLog, key: string) => {
  const f = e.additional_fields;
  const v = f && typeof f === 'object' ? (f as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
};

/** `/@owner/name` as Coder's `resource_link` gives it for workspaces. */
function workspaceFromLink(link: string): { owner: string; name: string } | undefined {
  const m = /^\/@([^/]+)\/([^/]+)$/.exec(link);
  return m?.[1] && m[2] ? { owner: decodeURIComponent(m[1]), name: decodeURIComponent(m[2]) } : undefined;
}

export function resourcePath(e: AuditLog): string | undefined {
  if (e.is_deleted) return undefined;
  const target = e.resource_target;
  const org = e.organization?.name;
  switch (e.resource_type) {
    case 'user':
    case 'organization_member':
      return target ? paths.user(target) : undefined;
    case 'organization':
      return target ? paths.organization(target) : undefined;
    case 'group':
      return org && target ? paths.group(org, target) : undefined;
    case 'custom_role':
      return org && target ? paths.organizationRole(org, target) : undefined;
    case 'idp_sync_settings_group':
    case 'idp_sync_settings_role':
      return org ? paths.organizationIdpSync(org) : undefined;
    case 'idp_sync_settings_organization':
      return paths.organizationSync();
    case 'workspace': {
      const w = workspaceFromLink(e.resource_link);
      const owner = w?.owner || field(e, 'workspace_owner');
      return owner && target ? paths.workspace(owner, w?.name ?? target) : undefined;
    }
    case 'workspace_build': {
      const owner = field(e, 'workspace_owner');
      const name = field(e, 'workspace_name');
      return owner && name ? paths.workspace(owner, name) : undefined;
    }
    default:
      return undefined;
  }
}

/** The name a row shows for its resource: the target, or for builds the workspace. */
export function resourceName(e: AuditLog): string {
  if (e.resource_type === 'workspace_build') {
    const name = field(e, 'workspace_name');
    const n = field(e, 'build_number');
    return name ? `${name}${n ? ` (build #${n})` : ''}` : 'workspace build';
  }
  return e.resource_target;
}

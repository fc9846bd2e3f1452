import type { AssignableRole } from '../../api/common';
import { roleDescriptions } from '../../lib/roleDescriptions';
import { plural } from '../../lib/plural';

/** Plain-words description of a built-in role, or a summary of a custom one. */
export function roleDescription(r: AssignableRole): string {
  if (roleDescriptions[r.name]) return roleDescriptions[r.name] ?? '';
  const n = r.organization_permissions?.length ?? 0;
  return `Custom role with ${plural(n, 'permission')} in this organization.`;
}

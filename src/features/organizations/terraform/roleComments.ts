import { comment, hclString, type BodyItem } from './hcl';
import { byCodeUnits, customRoles, type ExportRole } from './exportInput';
import { coderdProvider } from './providerSchema';

const permissionLevels = [
  ['organization_permissions', 'in the organization'],
  ['organization_member_permissions', 'on the holder’s own resources in the organization'],
  ['site_permissions', 'site-wide'],
  ['user_permissions', 'on the holder’s own resources'],
] as const;

function describeRole(role: ExportRole): BodyItem[] {
  const items: BodyItem[] = [
    comment(`${hclString(role.name)}${role.display_name ? ` (${hclString(role.display_name)})` : ''}`),
  ];
  let any = false;
  for (const [key, label] of permissionLevels) {
    const perms = [...(role[key] ?? [])].sort(
      (a, b) =>
        byCodeUnits(a.resource_type, b.resource_type) ||
        byCodeUnits(a.action, b.action) ||
        Number(a.negate) - Number(b.negate),
    );
    for (const p of perms) {
      any = true;
      items.push(comment(`  ${p.negate ? 'deny' : 'allow'} ${p.resource_type}:${p.action} ${label}`));
    }
  }
  if (!any) items.push(comment('  (no permissions)'));
  return items;
}

/** The custom roles, as comments: the provider has no resource for them, so nothing is lost silently. */
export function customRoleItems(roles: ExportRole[]): BodyItem[] {
  const custom = customRoles(roles);
  if (custom.length === 0) return [comment('This organization has no custom roles.')];
  return [
    comment(
      `The coderd provider (v${coderdProvider.version}) has no resource for custom roles, so they are not`,
    ),
    comment('managed by this file. They are listed here so nothing is lost; create them on the Roles tab.'),
    ...custom.flatMap((r) => [comment(''), ...describeRole(r)]),
  ];
}

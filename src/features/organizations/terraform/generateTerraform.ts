import { importBlock, section } from './blocks';
import { byCodeUnits, isEveryoneGroup, type TerraformExportInput } from './exportInput';
import { groupSyncItems } from './groupSyncSection';
import { attr, blank, block, comment, hclString, Labels, renderBody, type BodyItem } from './hcl';
import { coderdProvider } from './providerSchema';
import { customRoleItems } from './roleComments';

/**
 * Terraform configuration (HCL) for one organization for the `coder/coderd` provider: the organization
 * with its role sync, its group sync, its groups with members (by `data.coderd_user` lookups) and quotas,
 * and `import` blocks that adopt the existing objects instead of creating new ones. Custom roles have no
 * resource in the provider: they are written as comments. Pure and deterministic: the same data gives the
 * same text (names and members sorted, claim mappings by claim).
 */
export function generateTerraform(input: TerraformExportInput): string {
  const { organization: org } = input;
  const orgLabel = new Labels().take(org.name, 'organization');
  const orgRef = `coderd_organization.${orgLabel}`;

  const groups = [...input.groups].sort(
    (a, b) =>
      Number(!isEveryoneGroup(a, org)) - Number(!isEveryoneGroup(b, org)) ||
      byCodeUnits(a.name, b.name) ||
      byCodeUnits(a.id, b.id),
  );
  /** Groups the provider can adopt; it refuses to import groups IdP sync created (`source: oidc`). */
  const managed = groups.filter((g) => g.source !== 'oidc');
  const fromIdp = groups.filter((g) => g.source === 'oidc');
  const groupLabels = new Labels();
  const groupLabel = new Map(managed.map((g) => [g.id, groupLabels.take(g.name, 'group')]));

  const users = new Map<string, { id: string; username: string }>();
  for (const g of managed) if (!isEveryoneGroup(g, org)) for (const m of g.members) users.set(m.id, m);
  const sortedUsers = [...users.values()].sort(
    (a, b) => byCodeUnits(a.username.toLowerCase(), b.username.toLowerCase()) || byCodeUnits(a.id, b.id),
  );
  const userLabels = new Labels();
  const userLabel = new Map(sortedUsers.map((u) => [u.id, userLabels.take(u.username, 'user')]));
  const userRef = (id: string) => {
    const label = userLabel.get(id);
    return label ? `data.coderd_user.${label}.id` : undefined;
  };

  const items: BodyItem[] = [
    comment(`Organization ${hclString(org.name)} as Terraform configuration for the coder/coderd provider.`),
    comment('Written by the Coder admin dashboard from what the server reported. The import blocks adopt'),
    comment('the existing objects rather than create new ones; read `terraform plan` before applying.'),
    blank,
    block(
      'terraform',
      [],
      [
        attr('required_version', hclString(coderdProvider.terraformVersion)),
        {
          kind: 'block',
          type: 'required_providers',
          labels: [],
          body: [
            {
              kind: 'map',
              name: 'coderd',
              entries: [
                { key: 'source', value: hclString(coderdProvider.source) },
                { key: 'version', value: hclString(coderdProvider.versionConstraint) },
              ],
            },
          ],
        },
      ],
    ),
    blank,
    block('provider', ['coderd'], [comment('url and token come from CODER_URL and CODER_SESSION_TOKEN.')]),
  ];

  // --- the organization, with its role sync
  const orgBody: BodyItem[] = [attr('name', hclString(org.name))];
  if (org.display_name) orgBody.push(attr('display_name', hclString(org.display_name)));
  if (org.description) orgBody.push(attr('description', hclString(org.description)));
  if (org.icon) orgBody.push(attr('icon', hclString(org.icon)));
  const { roleSync } = input;
  const roleClaims = Object.keys(roleSync.mapping).sort(byCodeUnits);
  if (roleSync.field || roleClaims.length) {
    const body: BodyItem[] = [];
    if (roleSync.field) body.push(attr('field', hclString(roleSync.field)));
    body.push({
      kind: 'map',
      name: 'mapping',
      entries: roleClaims.map((claim) => ({
        key: hclString(claim),
        value: `[${(roleSync.mapping[claim] ?? []).map(hclString).join(', ')}]`,
      })),
    });
    orgBody.push(
      blank,
      comment('Role sync: IdP claim value → organization roles.'),
      block('role_sync', [], body),
    );
  } else {
    orgBody.push(blank, comment('Role sync is off (no claim field, no mapping).'));
  }
  orgBody.push(
    blank,
    comment('org_sync_idp_groups is left unmanaged: which claims give membership of this organization'),
    comment('belongs to the deployment-wide organization sync (coderd_organization_sync_settings).'),
  );
  items.push(
    ...section('Organization'),
    ...(org.is_default
      ? [comment('The default organization: every new user joins it, and Coder refuses to delete it.')]
      : []),
    block('resource', ['coderd_organization', orgLabel], orgBody),
    blank,
    importBlock(orgRef, org.name),
  );

  // --- group sync
  items.push(
    ...section('Group sync'),
    ...groupSyncItems(input.groupSync, { orgLabel, orgRef, orgId: org.id, groups, groupLabel }),
  );

  // --- members, looked up by username
  items.push(...section('Group members, looked up by username'));
  if (sortedUsers.length === 0) items.push(comment('No group has members of its own.'));
  sortedUsers.forEach((u, i) =>
    items.push(
      ...(i ? [blank] : []),
      block(
        'data',
        ['coderd_user', userLabel.get(u.id) ?? 'user'],
        [attr('username', hclString(u.username))],
      ),
    ),
  );

  // --- groups
  items.push(...section('Groups'));
  for (const g of managed) {
    const label = groupLabel.get(g.id) ?? 'group';
    const everyone = isEveryoneGroup(g, org);
    const body: BodyItem[] = [attr('organization_id', `${orgRef}.id`), attr('name', hclString(g.name))];
    // The provider refuses an empty display name; left out, it defaults to the name.
    if (g.display_name) body.push(attr('display_name', hclString(g.display_name)));
    if (g.avatar_url) body.push(attr('avatar_url', hclString(g.avatar_url)));
    body.push(attr('quota_allowance', String(Math.trunc(g.quota_allowance))));
    if (everyone) {
      body.push(
        comment('Every member of the organization is in Everyone: its members are not managed here.'),
      );
    } else {
      const refs = [...g.members]
        .sort((a, b) => byCodeUnits(a.username.toLowerCase(), b.username.toLowerCase()))
        .map((m) => userRef(m.id) ?? hclString(m.id));
      body.push({ kind: 'list', name: 'members', items: refs });
    }
    items.push(
      blank,
      block('resource', ['coderd_group', label], body),
      blank,
      importBlock(`coderd_group.${label}`, g.id),
    );
  }
  if (fromIdp.length) {
    items.push(
      blank,
      comment('Created by IdP group sync, so the provider cannot import them; their members follow the IdP:'),
      ...fromIdp.map((g) => comment(`  ${hclString(g.name)} (${g.members.length} members)`)),
    );
  }

  items.push(...section('Custom roles'), ...customRoleItems(input.roles));

  return `${renderBody(items).join('\n')}\n`;
}

/** `<org>.tf`, safe as a file name. */
export function terraformFileName(orgName: string): string {
  const base = orgName.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[.]+/, '') || 'organization';
  return `${base}.tf`;
}

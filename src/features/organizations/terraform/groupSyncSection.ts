import { attr, blank, block, comment, hclString, type BodyItem } from './hcl';
import { byCodeUnits, type ExportGroup, type ExportGroupSync } from './exportInput';
import { importBlock } from './blocks';

/**
 * `coderd_organization_group_sync` for the organization (the provider's replacement for the deprecated
 * `group_sync` block), with claim values mapped to the exported groups' ids; a group the file does not
 * manage (created by IdP sync, or unknown) is referred to by its id, with a comment saying why.
 */
export function groupSyncItems(
  groupSync: ExportGroupSync,
  ctx: {
    orgLabel: string;
    orgRef: string;
    orgId: string;
    groups: ExportGroup[];
    groupLabel: Map<string, string>;
  },
): BodyItem[] {
  const { orgLabel, orgRef, groups, groupLabel } = ctx;
  const out: BodyItem[] = [];
  const groupClaims = Object.keys(groupSync.mapping).sort(byCodeUnits);
  if (groupSync.field) {
    const body: BodyItem[] = [
      attr('organization_id', `${orgRef}.id`),
      attr('field', hclString(groupSync.field)),
    ];
    if (groupSync.regex_filter) body.push(attr('regex_filter', hclString(groupSync.regex_filter)));
    body.push(attr('auto_create_missing', String(groupSync.auto_create_missing_groups)));
    const byId = new Map(groups.map((g) => [g.id, g]));
    body.push({
      kind: 'map',
      name: 'mapping',
      entries: groupClaims.map((claim) => {
        const ids = groupSync.mapping[claim] ?? [];
        const notes: string[] = [];
        const refs = ids.map((id) => {
          const label = groupLabel.get(id);
          if (label) return `coderd_group.${label}.id`;
          const g = byId.get(id);
          notes.push(
            g
              ? `${hclString(g.name)} was created by IdP sync, so it is referred to by id`
              : `${hclString(id)} is not a group of this organization`,
          );
          return hclString(id);
        });
        return {
          key: hclString(claim),
          value: `[${refs.join(', ')}]`,
          ...(notes.length ? { comment: notes.join('; ') } : {}),
        };
      }),
    });
    out.push(
      comment('IdP claim value → groups.'),
      block('resource', ['coderd_organization_group_sync', orgLabel], body),
      blank,
      importBlock(`coderd_organization_group_sync.${orgLabel}`, ctx.orgId),
    );
  } else {
    out.push(
      comment(
        groupClaims.length
          ? `Group sync is off (no claim field); its mapping of ${groupClaims.length} claim value(s) is not written.`
          : 'Group sync is off (no claim field), so there is no coderd_organization_group_sync.',
      ),
    );
  }
  const legacy = Object.keys(groupSync.legacy_group_name_mapping ?? {}).sort(byCodeUnits);
  if (legacy.length)
    out.push(
      comment('A legacy group name mapping is set on the server; the provider cannot express it:'),
      ...legacy.map((k) =>
        comment(`  ${hclString(k)} → ${hclString(groupSync.legacy_group_name_mapping?.[k] ?? '')}`),
      ),
    );

  return out;
}

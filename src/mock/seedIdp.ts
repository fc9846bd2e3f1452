/**
 * IdP sync in the seed: the claims OIDC users brought at their last sign-in, and plausible sync settings
 * (group sync in the default organization, role sync there, organization sync deployment-wide). Uses a
 * faker of its own, run after the main seed, so the rest of the seed's ids and names do not move.
 */
import { Faker, en } from '@faker-js/faker';
import type { DeploymentRow, GroupRow, OrganizationRow, UserRow } from './db';

/** `groups` claim values the IdP sends; the seeded filter keeps the `eng-` ones. */
export const SEED_IDP_GROUPS = [
  'eng-frontend',
  'eng-backend',
  'eng-sre',
  'eng-data',
  'all-staff',
  'vpn-users',
  'contractors-ext',
  'finance',
] as const;
const DEPARTMENTS = ['Engineering', 'Platform', 'Research', 'Sales', 'Finance'] as const;
const ROLE_CLAIMS = ['developer', 'lead', 'admin', 'viewer'] as const;

export function seedIdpSync(
  users: UserRow[],
  organizations: OrganizationRow[],
  groups: GroupRow[],
  deployment: DeploymentRow,
): void {
  const f = new Faker({ locale: [en] });
  f.seed(18_003);
  users
    .filter((u) => u.login_type === 'oidc')
    .forEach((u, i) => {
      // The first users cover every value, so field-values lists all of them.
      const first = SEED_IDP_GROUPS[i % SEED_IDP_GROUPS.length]!;
      const more = f.helpers.arrayElements(SEED_IDP_GROUPS, { min: 0, max: 2 });
      u.oidc_claims = {
        sub: f.string.alphanumeric(20),
        email: u.email,
        email_verified: true,
        name: u.name,
        preferred_username: u.username,
        groups: [...new Set(['all-staff', first, ...more])],
        roles: [ROLE_CLAIMS[i % ROLE_CLAIMS.length]!],
        department: DEPARTMENTS[i % DEPARTMENTS.length]!,
      };
    });

  const [coder, platform, research] = organizations;
  if (!coder) return;
  const groupId = (name: string) => groups.find((g) => g.organization_id === coder.id && g.name === name)?.id;
  const mapping: Record<string, string[]> = {};
  for (const [claim, name] of [
    ['eng-sre', 'sre-oncall'],
    ['eng-data', 'data-science'],
    ['eng-frontend', 'frontend'],
  ] as const) {
    const id = groupId(name);
    if (id) mapping[claim] = [id];
  }
  coder.group_sync = {
    field: 'groups',
    mapping,
    regex_filter: '^eng-',
    auto_create_missing_groups: false,
    legacy_group_name_mapping: null,
  };
  coder.role_sync = {
    field: 'roles',
    mapping: { lead: ['organization-user-admin'], admin: ['organization-admin'] },
  };
  deployment.organization_sync = {
    field: 'department',
    mapping: {
      ...(platform ? { Platform: [platform.id] } : {}),
      ...(research ? { Research: [research.id] } : {}),
    },
    organization_assign_default: true,
  };
}

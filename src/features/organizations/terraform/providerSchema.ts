/**
 * The part of the `coder/coderd` Terraform provider's schema the organization export writes, pinned here so
 * a test can check every resource type and attribute the generator emits against it. Read from the
 * provider's own sources and generated docs (coder/terraform-provider-coderd), not guessed:
 *
 * - `internal/provider/provider.go` @ 0698f5fb3c35a49b68e5f98c8aa02f3e26813240: the list of resources and
 *   data sources. There is no resource for custom roles (nor for organization members or role assignments).
 * - `docs/resources/organization.md` @ 0bd5b06a3def4a569ea75ff28e847c7d9fd906dd and
 *   `internal/provider/organization_resource.go` @ 03bdf17ed68dd730fb571dd237e0f6eb5d1691f8:
 *   `coderd_organization` with the `role_sync` and (deprecated) `group_sync` blocks; import by name or UUID.
 * - `internal/provider/group_resource.go` @ ade3d58c2a1a1bb5693020700bbed2aaf35295bc and
 *   `docs/resources/group.md` @ 080352d52fd4c8e684cdaf8e64c44a11b92e0612: `coderd_group`; `members` is a set
 *   of user IDs (null = not managed); `display_name` must not be empty when set; import by UUID (or
 *   `<organization-name>/<group-name>`, PR #84), refused for groups whose source is `oidc`.
 * - `internal/provider/organization_group_sync_resource.go` @ 2fb0bd45d750b6265274abdf457a452542154397 and
 *   `docs/resources/organization_group_sync.md` @ 0de94a2be32b675d5af728f3db36918472359ec8:
 *   `coderd_organization_group_sync` (added in v0.0.12, PR #248, which deprecated `group_sync` on the
 *   organization); `field` and `mapping` required; import by organization UUID.
 * - `docs/data-sources/user.md` @ 080352d52fd4c8e684cdaf8e64c44a11b92e0612: `data.coderd_user` looked up by
 *   `username`, exposing `id`.
 * - `docs/resources/organization_sync_settings.md` @ 0bcf2ca97143779830354ce843b892c941d6bf48: the
 *   deployment-wide organization sync (not per organization, so not part of this export).
 *
 * Attributes that appeared after v0.0.12 (`workspace_sharing`, `default_org_member_roles` on
 * `coderd_organization`) are deliberately not used.
 */
export const coderdProvider = {
  source: 'coder/coderd',
  /** The release these names were checked against (tag v0.0.12, 2025-08-19, commit 99877ea). */
  version: '0.0.12',
  versionConstraint: '~> 0.0.12',
  /** `import` blocks need Terraform 1.5. */
  terraformVersion: '>= 1.5.0',
} as const;

export type ProviderBlockSchema = {
  /** Arguments (settable attributes). */
  attributes: readonly string[];
  /** Read-only attributes others may reference (`coderd_group.x.id`). */
  computed: readonly string[];
  /** Nested blocks and their arguments. */
  blocks?: Readonly<Record<string, readonly string[]>>;
};

export const providerResources = {
  coderd_organization: {
    attributes: ['name', 'display_name', 'description', 'icon', 'org_sync_idp_groups'],
    computed: ['id'],
    blocks: {
      role_sync: ['field', 'mapping'],
      /** Deprecated since v0.0.12 in favour of `coderd_organization_group_sync`; the export does not use it. */
      group_sync: ['field', 'regex_filter', 'auto_create_missing', 'mapping'],
    },
  },
  coderd_group: {
    attributes: ['name', 'display_name', 'avatar_url', 'members', 'organization_id', 'quota_allowance'],
    computed: ['id'],
  },
  coderd_organization_group_sync: {
    attributes: ['organization_id', 'field', 'regex_filter', 'auto_create_missing', 'mapping'],
    computed: [],
  },
  coderd_organization_sync_settings: {
    attributes: ['field', 'assign_default', 'mapping'],
    computed: ['id'],
  },
} as const satisfies Record<string, ProviderBlockSchema>;

export const providerDataSources = {
  coderd_user: {
    attributes: ['id', 'username'],
    computed: [
      'id',
      'username',
      'avatar_url',
      'created_at',
      'email',
      'last_seen_at',
      'login_type',
      'name',
      'organization_ids',
      'roles',
      'suspended',
      'theme_preference',
    ],
  },
} as const satisfies Record<string, ProviderBlockSchema>;

export type ResourceType = keyof typeof providerResources;
export type DataSourceType = keyof typeof providerDataSources;

/** IdP sync settings through the mock's HTTP surface: Coder's shapes, RBAC, decoding errors, audit. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as } from './testClient';

const ORG = '/api/v2/organizations/coder/settings/idpsync';
const groupId = (name: string) =>
  primaryDb().data.groups.find((g) => g.name === name && g.organization_id === primaryDb().defaultOrg().id)!
    .id;

describe('IdP sync settings', () => {
  it('serves the seeded settings and the claims OIDC users brought', async () => {
    const orgadmin = await as('orgadmin');
    const groups = await orgadmin(`${ORG}/groups`);
    expect(groups).toMatchObject({
      status: 200,
      body: { field: 'groups', regex_filter: '^eng-', auto_create_missing_groups: false },
    });
    expect(groups.body.mapping['eng-sre']).toEqual([groupId('sre-oncall')]);
    expect((await orgadmin(`${ORG}/roles`)).body).toMatchObject({
      field: 'roles',
      mapping: { lead: ['organization-user-admin'] },
    });
    const fields = (await orgadmin(`${ORG}/available-fields`)).body;
    expect(fields).toEqual(expect.arrayContaining(['groups', 'roles', 'department', 'email']));
    const values = (await orgadmin(`${ORG}/field-values?claimField=groups`)).body;
    expect(values).toEqual(expect.arrayContaining(['eng-sre', 'eng-data', 'all-staff', 'finance']));
    // A string claim counts as one value; a boolean one is not offered.
    expect((await orgadmin(`${ORG}/field-values?claimField=department`)).body).toContain('Research');
    expect((await orgadmin(`${ORG}/field-values?claimField=email_verified`)).body).toEqual([]);
    expect(await orgadmin(`${ORG}/field-values`)).toMatchObject({
      status: 400,
      body: { message: 'claimField query parameter is required' },
    });
    // An organization never configured answers Coder's empty settings.
    const admin = await as('admin');
    expect((await admin('/api/v2/organizations/research/settings/idpsync/groups')).body).toEqual({
      field: '',
      mapping: null,
      regex_filter: null,
      auto_create_missing_groups: false,
      legacy_group_name_mapping: null,
    });
  });

  it('updates config and mapping separately, like Coder', async () => {
    const orgadmin = await as('orgadmin');
    const config = await orgadmin(`${ORG}/groups/config`, 'PATCH', {
      field: 'groups',
      regex_filter: '^(eng|vpn)-',
      auto_create_missing_groups: true,
    });
    expect(config.body).toMatchObject({ regex_filter: '^(eng|vpn)-', auto_create_missing_groups: true });
    expect(Object.keys(config.body.mapping)).toContain('eng-sre'); // kept
    const backend = groupId('backend');
    const mapped = await orgadmin(`${ORG}/groups/mapping`, 'PATCH', {
      add: [{ given: 'eng-backend', gets: backend }],
      remove: [{ given: 'eng-sre', gets: groupId('sre-oncall') }],
    });
    expect(mapped.body.mapping).toMatchObject({ 'eng-backend': [backend], 'eng-sre': [] });
    expect(mapped.body.regex_filter).toBe('^(eng|vpn)-');
    expect(primaryDb().defaultOrg().group_sync?.mapping?.['eng-backend']).toEqual([backend]);
    const roles = await orgadmin(`${ORG}/roles/mapping`, 'PATCH', {
      add: [{ given: 'developer', gets: 'organization-template-admin' }],
      remove: [],
    });
    expect(roles.body.mapping.developer).toEqual(['organization-template-admin']);
    expect((await orgadmin(`${ORG}/roles/config`, 'PATCH', { field: 'department' })).body).toMatchObject({
      field: 'department',
      mapping: { developer: ['organization-template-admin'] },
    });
    // Recorded in the audit log as Coder's idp_sync_settings_* resources.
    const audit = primaryDb().data.auditLogs.filter((r) => r.resource_type.startsWith('idp_sync_settings'));
    expect(audit.map((r) => r.resource_type)).toEqual([
      'idp_sync_settings_group',
      'idp_sync_settings_group',
      'idp_sync_settings_role',
      'idp_sync_settings_role',
    ]);
    expect(audit[0]!.diff.regex_filter).toEqual({ old: '^eng-', new: '^(eng|vpn)-', secret: false });
  });

  it('refuses what Go cannot decode: a bad regex, a non-uuid group, the legacy mapping', async () => {
    const admin = await as('admin');
    const bad = await admin(`${ORG}/groups/config`, 'PATCH', {
      field: 'groups',
      regex_filter: '(eng',
      auto_create_missing_groups: false,
    });
    expect(bad).toMatchObject({
      status: 400,
      body: {
        message: 'Request body must be valid JSON.',
        detail: 'error parsing regexp: missing closing ): `(eng`',
      },
    });
    expect((await admin(`${ORG}/groups/config`, 'PATCH', { regex_filter: '(?!x)' })).body.detail).toMatch(
      /invalid or unsupported Perl syntax/,
    );
    expect(
      (await admin(`${ORG}/groups/mapping`, 'PATCH', { add: [{ given: 'a', gets: 'frontend' }] })).body,
    ).toMatchObject({ message: 'Request body must be valid JSON.', detail: 'invalid UUID length: 8' });
    expect(
      await admin(`${ORG}/groups`, 'PATCH', { field: 'groups', legacy_group_name_mapping: { a: 'b' } }),
    ).toMatchObject({ status: 400, body: { validations: [{ field: 'legacy_group_name_mapping' }] } });
    expect(primaryDb().defaultOrg().group_sync?.regex_filter).toBe('^eng-');
  });

  it('enforces idpsync_settings: members 403, strangers 404, org admins only in their org', async () => {
    const member = await as('member');
    expect((await member(`${ORG}/groups`)).status).toBe(403);
    expect((await member(`${ORG}/groups/config`, 'PATCH', { field: 'x' })).status).toBe(403);
    expect((await member(`${ORG}/available-fields`)).body).toMatchObject({
      message: 'You do not have permission to view the available IDP fields',
    });
    expect((await member('/api/v2/organizations/research/settings/idpsync/groups')).status).toBe(404);
    expect((await member('/api/v2/settings/idpsync/organization')).status).toBe(403);
    const auditor = await as('auditor');
    expect((await auditor(`${ORG}/roles`)).status).toBe(403);
    const orgadmin = await as('orgadmin');
    // Organization admins cannot touch the deployment-wide organization sync.
    expect((await orgadmin('/api/v2/settings/idpsync/organization')).status).toBe(403);
    expect(
      (await orgadmin('/api/v2/settings/idpsync/organization/config', 'PATCH', { field: 'x' })).status,
    ).toBe(403);
    expect(primaryDb().defaultOrg().group_sync?.field).toBe('groups');
    expect(primaryDb().data.deployment.organization_sync?.field).toBe('department');
  });

  it('serves the deployment-wide organization sync to owners', async () => {
    const admin = await as('admin');
    const platform = primaryDb().org('platform')!.id;
    expect((await admin('/api/v2/settings/idpsync/organization')).body).toMatchObject({
      field: 'department',
      organization_assign_default: true,
      mapping: { Platform: [platform] },
    });
    const cfg = await admin('/api/v2/settings/idpsync/organization/config', 'PATCH', {
      field: 'groups',
      assign_default: false,
    });
    expect(cfg.body).toMatchObject({ field: 'groups', organization_assign_default: false });
    const m = await admin('/api/v2/settings/idpsync/organization/mapping', 'PATCH', {
      add: [{ given: 'finance', gets: platform }],
    });
    expect(m.body.mapping.finance).toEqual([platform]);
    expect((await admin('/api/v2/settings/idpsync/field-values?claimField=department')).body).toContain(
      'Sales',
    );
    expect((await admin('/api/v2/settings/idpsync/available-fields')).body).toContain('groups');
  });
});

import { describe, expect, it } from 'vitest';
import { auditLogSchema } from '../../api/audit';
import { resourcePath } from './auditLinks';

const entry = (resource_type: string, organization?: { id: string; name: string }) =>
  auditLogSchema.parse({
    id: '1',
    time: '2026-01-01T00:00:00Z',
    resource_type,
    resource_target: 'Organization Group Sync',
    action: 'write',
    status_code: 200,
    organization,
  });

describe('resourcePath', () => {
  it('links IdP sync entries to the settings they changed', () => {
    const org = { id: 'o', name: 'coder' };
    expect(resourcePath(entry('idp_sync_settings_group', org))).toBe('/organizations/coder/idp-sync');
    expect(resourcePath(entry('idp_sync_settings_role', org))).toBe('/organizations/coder/idp-sync');
    expect(resourcePath(entry('idp_sync_settings_organization'))).toBe('/deployment/idp-sync');
  });
});

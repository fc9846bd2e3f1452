import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { assignableRoleSchema } from '../../../api/common';
import { groupSchema } from '../../../api/groups';
import { groupSyncSettingsSchema, roleSyncSettingsSchema } from '../../../api/idpSync';
import { organizationSchema } from '../../../api/organizations';
import { as } from '../../../mock/testClient';
import { generateTerraform } from './generateTerraform';

const GOLDEN = new URL('./__golden__/coder.tf', import.meta.url);

/**
 * The default organization of the seed, read through the mock API as the owner, exported. The expected
 * text is committed; after an intended change, refresh it with
 * `UPDATE_GOLDEN=1 npx vitest run --configLoader runner src/features/organizations/terraform/golden.test.ts`.
 */
describe('Terraform export of the seeded default organization', () => {
  it('matches the committed golden file', async () => {
    const owner = await as('admin');
    const get = async <T>(path: string, schema: z.ZodMiniType<T>) => {
      const r = await owner(path);
      expect(r.status, path).toBe(200);
      return schema.parse(r.body);
    };
    const organization = await get('/api/v2/organizations/coder', organizationSchema);
    const groups = await get('/api/v2/organizations/coder/groups', z.array(groupSchema));
    const roles = await get('/api/v2/organizations/coder/members/roles', z.array(assignableRoleSchema));

    const text = generateTerraform({
      organization,
      groups: groups.map((g) => ({ ...g, members: g.members ?? [] })),
      roles,
      groupSync: await get('/api/v2/organizations/coder/settings/idpsync/groups', groupSyncSettingsSchema),
      roleSync: await get('/api/v2/organizations/coder/settings/idpsync/roles', roleSyncSettingsSchema),
    });

    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

import { describe, expect, it } from 'vitest';
import { fetchUsers } from '../../api/users';
import { addTerm, setTerm } from '../../lib/filterQuery';
import { signInAs } from '../../test/render';
import { dormancyCutoff, userFilterKeys, userPresets } from './userFilters';

describe('users filter vocabulary', () => {
  it('every preset is a query the server accepts', async () => {
    await signInAs('admin');
    for (const p of userPresets()) {
      const res = await fetchUsers({ filter: p.filter, page: 1, pageSize: 5 });
      expect(res.count, p.label).toBeGreaterThan(0);
    }
  });

  it('the builder keeps quoted timestamps valid when it adds or changes terms', async () => {
    await signInAs('admin');
    const q = setTerm(addTerm('', { key: 'last_seen_before', value: dormancyCutoff() }), 'status', 'dormant');
    expect(q).toBe(`last_seen_before:"${dormancyCutoff()}" status:dormant`);
    const res = await fetchUsers({ filter: q, page: 1, pageSize: 5 });
    expect(res.users.every((u) => u.status === 'dormant')).toBe(true);
  });

  it('offers every key of the users grammar, with role values from the server', () => {
    const keys = userFilterKeys([
      {
        name: 'owner',
        display_name: 'Owner',
        assignable: true,
        built_in: true,
        site_permissions: [],
        organization_permissions: [],
        user_permissions: [],
        organization_member_permissions: [],
      },
    ]);
    expect(keys.map((k) => k.key)).toEqual([
      'status',
      'role',
      'login_type',
      'service_account',
      'name',
      'last_seen_before',
      'last_seen_after',
      'created_before',
      'created_after',
      'github_com_user_id',
    ]);
    expect(keys.find((k) => k.key === 'role')?.values).toEqual(['member', 'owner']);
  });
});

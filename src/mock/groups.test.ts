/** Groups through the mock's HTTP surface: CRUD, members, Everyone rules, permissions, Premium gate. */
import { describe, expect, it } from 'vitest';
import { primaryDb } from './state';
import { as } from './testClient';

const userId = (name: string) => primaryDb().userByUsername(name)!.id;

describe('groups', () => {
  it('creates (201), reads by name and id, patches and deletes', async () => {
    const admin = await as('admin');
    const created = await admin('/api/v2/organizations/coder/groups', 'POST', {
      name: 'qa',
      display_name: 'QA',
      avatar_url: '/emojis/1f9ea.png',
      quota_allowance: 10,
    });
    expect(created).toMatchObject({
      status: 201,
      body: { name: 'qa', source: 'user', total_member_count: 0 },
    });
    const id = created.body.id as string;
    expect((await admin('/api/v2/organizations/coder/groups/qa')).body.id).toBe(id);
    const patched = await admin(`/api/v2/groups/${id}`, 'PATCH', {
      name: 'quality',
      add_users: [userId('alice'), userId('bob')],
    });
    expect(patched.body).toMatchObject({ name: 'quality', total_member_count: 2 });
    const members = await admin(`/api/v2/groups/${id}/members?limit=1`);
    expect(members.body).toMatchObject({ count: 2, users: [{ username: 'alice' }] });
    expect((await admin(`/api/v2/groups/${id}`, 'DELETE')).body.message).toBe('Successfully deleted group!');
    expect((await admin(`/api/v2/groups/${id}`)).status).toBe(404);
  });

  it('follows Coder’s name and membership rules', async () => {
    const admin = await as('admin');
    const post = (body: unknown) => admin('/api/v2/organizations/coder/groups', 'POST', body);
    expect(await post({ name: 'Everyone' })).toMatchObject({
      status: 400,
      body: { validations: [{ field: 'name' }] },
    });
    expect(await post({ name: 'frontend' })).toMatchObject({
      status: 409,
      body: { validations: [{ field: 'name' }] },
    });
    expect(await post({ name: 'no spaces' })).toMatchObject({
      status: 400,
      body: { validations: [{ field: 'name' }] },
    });
    const frontend = (await admin('/api/v2/organizations/coder/groups/frontend')).body;
    expect(
      (await admin(`/api/v2/groups/${frontend.id}`, 'PATCH', { add_users: [userId('alice')] })).body.message,
    ).toBe('Cannot add the same user to a group twice!');
    expect((await admin(`/api/v2/groups/${frontend.id}`, 'PATCH', { add_users: ['nope'] })).status).toBe(400);
    // carol is not in platform.
    const platformTeam = (await admin('/api/v2/organizations/platform/groups/platform-team')).body;
    expect(
      (await admin(`/api/v2/groups/${platformTeam.id}`, 'PATCH', { add_users: [userId('carol')] })).body
        .message,
    ).toMatch(/must be a member of organization/);
  });

  it('keeps the Everyone group implicit: no rename, no member edits, no delete; quota may change', async () => {
    const admin = await as('admin');
    const coderId = primaryDb().org('coder')!.id;
    const everyone = await admin(`/api/v2/groups/${coderId}`);
    expect(everyone.body).toMatchObject({
      name: 'Everyone',
      total_member_count: primaryDb().membersOf(coderId).length,
    });
    expect((await admin(`/api/v2/groups/${coderId}`, 'PATCH', { name: 'all' })).status).toBe(400);
    expect(
      await admin(`/api/v2/groups/${coderId}`, 'PATCH', { remove_users: [userId('alice')] }),
    ).toMatchObject({
      status: 403,
      body: { message: 'Cannot add or remove users from the "Everyone" group!' },
    });
    expect((await admin(`/api/v2/groups/${coderId}`, 'DELETE')).status).toBe(400);
    expect(
      (await admin(`/api/v2/groups/${coderId}`, 'PATCH', { quota_allowance: 5 })).body.quota_allowance,
    ).toBe(5);
  });

  it('lists with plain query params and refuses unknown ones', async () => {
    const admin = await as('admin');
    const r = await admin('/api/v2/groups?organization=platform&has_member=alice');
    expect(r.body.map((g: { name: string }) => g.name)).toEqual(['Everyone', 'platform-team']);
    expect((await admin('/api/v2/groups?q=x')).status).toBe(400);
  });

  it('enforces permissions: members read but cannot create; org admins stay in their org', async () => {
    const member = await as('member');
    expect((await member('/api/v2/organizations/coder/groups', 'POST', { name: 'mine' })).status).toBe(403);
    const orgadmin = await as('orgadmin');
    expect((await orgadmin('/api/v2/organizations/coder/groups', 'POST', { name: 'ops' })).status).toBe(201);
    expect((await orgadmin('/api/v2/organizations/research/groups')).status).toBe(404);
    const mlTeam = primaryDb().data.groups.find((g) => g.name === 'ml-team')!;
    expect((await orgadmin(`/api/v2/groups/${mlTeam.id}`, 'PATCH', { display_name: 'x' })).status).toBe(404);
  });

  it('is Premium (template_rbac): 403 without the entitlement', async () => {
    primaryDb().data.deployment.premium = false;
    const r = await (await as('admin'))('/api/v2/organizations/coder/groups');
    expect(r).toMatchObject({
      status: 403,
      body: { message: 'Template RBAC is a Premium feature. Contact sales!' },
    });
  });
});

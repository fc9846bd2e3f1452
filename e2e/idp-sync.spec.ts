/** Issue 18 §1: IdP sync settings — group and role sync per organization, organization sync deployment-wide. */
import { expect, expectNoSidewaysScroll, look, test } from './fixtures';

type Sync = { field: string; regex_filter: string | null; mapping: Record<string, string[] | null> };
type OrgSync = Sync & { organization_assign_default: boolean };
type Group = { id: string; name: string };

test('an org admin follows a synced group to its mapping, edits group and role sync, and saves', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('orgadmin', '/organizations/coder/groups');
  const groups = (await api('GET', '/api/v2/organizations/coder/groups')).body as Group[];
  const id = (name: string) => groups.find((g) => g.name === name)?.id;

  // The groups page links a group fed by group sync to the mapping row that feeds it.
  const sre = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'SRE on-call' }) });
  await sre.getByRole('link', { name: 'Mapped from eng-sre' }).click();
  await expect(page).toHaveURL(/\/organizations\/coder\/idp-sync\?group=/);
  await expect(page.getByRole('tab', { name: 'IdP sync', selected: true })).toBeVisible();
  const mapping = page.getByRole('table', { name: 'Group mapping' });
  await expect(mapping.getByRole('row', { name: /eng-sre/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByText(/Changes apply at each user’s next sign-in/)).toBeVisible();

  const groupSync = page.getByRole('form', { name: 'Group sync' });
  // The claim fields the server reports are offered.
  await groupSync.getByRole('combobox', { name: 'Claim field' }).click();
  await expect(page.getByRole('option', { name: 'department' })).toBeVisible();
  await page.getByRole('option', { name: 'groups' }).click();
  // The regex preview follows the filter over the values users brought.
  await expect(groupSync.getByRole('list', { name: 'Ignored values' }).getByText('vpn-users')).toBeVisible();
  await groupSync.getByRole('textbox', { name: 'Regex filter' }).fill('^(eng|vpn)-');
  await expect(groupSync.getByRole('list', { name: 'Kept values' }).getByText('vpn-users')).toBeVisible();
  await expect(groupSync.getByRole('list', { name: 'Ignored values' }).getByText('all-staff')).toBeVisible();
  // A claim value offered from field-values, mapped to a group.
  await groupSync.getByRole('combobox', { name: 'New claim value' }).click();
  await page.getByRole('option', { name: 'eng-backend' }).click();
  await groupSync.getByRole('combobox', { name: 'Groups to give' }).click();
  await page.getByRole('option', { name: 'Backend' }).click();
  await page.keyboard.press('Escape');
  await groupSync.getByRole('button', { name: 'Add mapping' }).click();
  await expect(mapping.getByRole('row', { name: /eng-backend/ })).toBeVisible();
  await groupSync.getByRole('button', { name: 'Save group sync' }).click();
  await expect(groupSync.getByText('Group sync saved.')).toBeVisible();
  const savedGroups = (await api('GET', '/api/v2/organizations/coder/settings/idpsync/groups')).body as Sync;
  expect(savedGroups).toMatchObject({ field: 'groups', regex_filter: '^(eng|vpn)-' });
  expect(savedGroups.mapping['eng-backend']).toEqual([id('backend')]);
  expect(savedGroups.mapping['eng-sre']).toEqual([id('sre-oncall')]);

  const roleSync = page.getByRole('form', { name: 'Role sync' });
  await roleSync.getByRole('combobox', { name: 'New claim value' }).fill('developer');
  await roleSync.getByRole('combobox', { name: 'Roles to give' }).click();
  await page.getByRole('option', { name: 'Organization Template Admin' }).click();
  await page.keyboard.press('Escape');
  await roleSync.getByRole('button', { name: 'Add mapping' }).click();
  await roleSync.getByRole('button', { name: 'Save role sync' }).click();
  await expect(roleSync.getByText('Role sync saved.')).toBeVisible();
  const savedRoles = (await api('GET', '/api/v2/organizations/coder/settings/idpsync/roles')).body as Sync;
  expect(savedRoles.mapping).toMatchObject({
    developer: ['organization-template-admin'],
    lead: ['organization-user-admin'],
  });

  // At 360 px the tab fits the window.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(groupSync.getByRole('button', { name: 'Save group sync' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the IdP sync tab');
  await look(page, 'idp-sync-phone');
});

test('a member gets no IdP sync and the mock refuses; the owner edits organization sync', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('member', '/organizations/coder/members');
  await expect(page.getByRole('tab', { name: 'Roles' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'IdP sync' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).not.toContainText([
    'Organization sync',
  ]);
  const refused = await api('PATCH', '/api/v2/organizations/coder/settings/idpsync/groups/config', {
    field: 'email',
    regex_filter: null,
    auto_create_missing_groups: true,
  });
  expect(refused.status).toBe(403);
  expect((await api('PATCH', '/api/v2/settings/idpsync/organization/config', { field: 'x' })).status).toBe(
    403,
  );

  await signIn('admin', '/workspaces');
  const before = (await api('GET', '/api/v2/organizations/coder/settings/idpsync/groups')).body as Sync;
  expect(before).toMatchObject({ field: 'groups', regex_filter: '^eng-' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Organization sync' })
    .click();
  const form = page.getByRole('form', { name: 'Organization sync' });
  await expect(
    form.getByRole('table', { name: 'Organization mapping' }).getByRole('row', { name: /Research/ }),
  ).toBeVisible();
  await form.getByRole('switch', { name: 'Assign the default organization' }).click();
  await form.getByRole('combobox', { name: 'New claim value' }).click();
  await page.getByRole('option', { name: 'Sales' }).click();
  await form.getByRole('combobox', { name: 'Organizations to give' }).click();
  await page.getByRole('option', { name: 'Platform Engineering' }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Add mapping' }).click();
  await form.getByRole('button', { name: 'Save organization sync' }).click();
  await expect(form.getByText('Organization sync saved.')).toBeVisible();
  const orgs = (await api('GET', '/api/v2/organizations')).body as Group[];
  const platform = orgs.find((o) => o.name === 'platform')?.id;
  const saved = (await api('GET', '/api/v2/settings/idpsync/organization')).body as OrgSync;
  expect(saved).toMatchObject({ field: 'department', organization_assign_default: false });
  expect(saved.mapping.Sales).toEqual([platform]);
});

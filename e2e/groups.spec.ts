import { expect, test } from './fixtures';

type Group = { id: string; name: string; quota_allowance: number; members: { username: string }[] };

test.describe('groups', () => {
  test('an org admin creates, edits and fills a group', async ({ page, signIn, api }) => {
    await signIn('orgadmin', '/groups');
    await expect(page).toHaveURL(/\/organizations\/coder\/groups$/);
    await page.getByRole('button', { name: 'Create group' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('release-crew');
    await dialog.getByLabel('Display name').fill('Release crew');
    await dialog.getByLabel('Avatar URL').fill('/favicon.svg');
    await expect(dialog.getByRole('img', { name: 'Avatar preview' })).toBeVisible();
    await dialog.getByLabel('Quota allowance').fill('40');
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await expect(page).toHaveURL(/\/groups\/coder\/release-crew$/);
    await expect(page.getByRole('heading', { name: 'Release crew' })).toBeVisible();

    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('dialog').getByLabel('Member').fill('bob');
    await page
      .getByRole('option')
      .filter({ has: page.getByText('bob', { exact: true }) })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add to group' }).click();
    await expect(page.getByRole('row', { name: /bob/ })).toBeVisible();

    await page.getByRole('button', { name: 'Edit group' }).click();
    await page.getByRole('dialog').getByLabel('Quota allowance').fill('80');
    await page.getByRole('dialog').getByRole('button', { name: 'Save group' }).click();
    await expect(page.getByText('· Quota allowance 80')).toBeVisible();

    const g = (await api('GET', '/api/v2/organizations/coder/groups/release-crew')).body as Group;
    expect(g).toMatchObject({ quota_allowance: 80, members: [{ username: 'bob' }] });

    await page.getByRole('button', { name: 'Remove bob from group' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove from group' }).click();
    await expect(page.getByText('No members yet')).toBeVisible();

    await page.getByRole('button', { name: 'Delete group' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('release-crew');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete group' }).click();
    await expect(page).toHaveURL(/\/organizations\/coder\/groups$/);
    expect((await api('GET', `/api/v2/groups/${g.id}`)).status).toBe(404);
  });

  test('the Everyone group lists all members implicitly and explains its rules', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('admin', '/organizations/coder/groups');
    await page.getByRole('link', { name: 'Everyone' }).click();
    await expect(page.getByText(/Everyone always contains every member/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add member' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete group' })).toHaveCount(0);
    const members = (await api('GET', '/api/v2/organizations/coder/paginated-members?limit=1')).body as {
      count: number;
    };
    await expect(
      page.getByText(new RegExp(`^1–25 of ${members.count.toLocaleString('en-US')}$`)),
    ).toBeVisible();
    const everyone = (await api('GET', '/api/v2/organizations/coder/groups/Everyone')).body as Group;
    const patch = await api('PATCH', `/api/v2/groups/${everyone.id}`, { name: 'all' });
    expect(patch.status).toBe(400);

    await page.getByRole('button', { name: 'Edit group' }).click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: /^Name/ })).toBeDisabled();
    await page.getByRole('dialog').getByLabel('Quota allowance').fill('5');
    await page.getByRole('dialog').getByRole('button', { name: 'Save group' }).click();
    await expect(page.getByText('· Quota allowance 5')).toBeVisible();
  });

  test('identity-provider groups show membership read-only; members cannot edit groups', async ({
    page,
    signIn,
  }) => {
    await signIn('admin', '/groups/coder/sre-oncall');
    await expect(page.getByText(/synced from your identity provider/)).toBeVisible();
    await expect(page.getByRole('row', { name: /bob/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add member' })).toHaveCount(0);

    await signIn('member', '/organizations/coder/groups');
    await expect(page.getByRole('table', { name: 'Groups' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create group' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Frontend', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Frontend' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit group' })).toHaveCount(0);
  });
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const switcher = (page: Page) => page.getByRole('button', { name: /^Organization: |^Choose organization$/ });

test.describe('organizations', () => {
  test('an owner creates an org and adds a member with a role; that member signs in and sees it', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('admin', '/organizations');
    await page.getByRole('button', { name: 'Create organization' }).click();
    const create = page.getByRole('dialog');
    await create.getByRole('textbox', { name: /^Name/ }).fill('acme');
    await create.getByLabel('Display name').fill('Acme Corp');
    await create.getByLabel('Description').fill('Rockets and anvils.');
    await create.getByRole('button', { name: 'Create organization' }).click();
    await expect(page).toHaveURL(/\/organizations\/acme\/members$/);
    await expect(page.getByRole('heading', { name: 'Acme Corp' })).toBeVisible();
    await expect(switcher(page)).toHaveAccessibleName('Organization: Acme Corp');

    await page.getByRole('button', { name: 'Add member' }).click();
    const add = page.getByRole('dialog');
    await add.getByLabel('User').fill('carol');
    await page
      .getByRole('option')
      .filter({ has: page.getByText('carol', { exact: true }) })
      .click();
    await add.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('row', { name: /carol/ })).toBeVisible();

    await page.getByRole('button', { name: 'Edit roles of carol' }).click();
    const roles = page.getByRole('dialog');
    await roles.getByRole('checkbox', { name: /Organization Auditor/ }).check();
    await roles.getByRole('button', { name: 'Save roles' }).click();
    await expect(page.getByRole('row', { name: /carol/ }).getByText('Organization Auditor')).toBeVisible();
    const member = await api('GET', '/api/v2/organizations/acme/members/carol');
    expect(member.body).toMatchObject({ roles: [{ name: 'organization-auditor' }] });

    await signIn('carol', '/organizations');
    await expect(page.getByRole('link', { name: 'Acme Corp' })).toBeVisible();
    await switcher(page).click();
    await expect(page.getByRole('menuitem', { name: /Acme Corp/ })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: /Platform Engineering/ })).toHaveCount(0);
    await page.getByRole('menuitem', { name: /Acme Corp/ }).click();
    await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add member' })).toHaveCount(0);
  });

  test('a custom role granting group:create really lets its holder create groups', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('alice', '/organizations/platform/groups');
    await expect(page.getByRole('table', { name: 'Groups' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create group' })).toHaveCount(0);

    await signIn('admin', '/organizations/platform/roles');
    await page.getByRole('link', { name: 'Create custom role' }).click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('group-maker');
    await page.getByRole('textbox', { name: /^Display name/ }).fill('Group maker');
    await page.getByLabel('group: create').check();
    await page.getByRole('button', { name: 'Create role' }).click();
    await expect(page.getByRole('row', { name: /Group maker/ })).toBeVisible();

    await page.goto('/organizations/platform/members?filter=alice');
    await page.getByRole('button', { name: 'Edit roles of alice' }).click();
    await page
      .getByRole('dialog')
      .getByRole('checkbox', { name: /Group maker/ })
      .check();
    await page.getByRole('dialog').getByRole('button', { name: 'Save roles' }).click();
    await expect(page.getByRole('row', { name: /alice/ }).getByText('Group maker')).toBeVisible();

    await signIn('alice', '/organizations/platform/groups');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: /^Name/ }).fill('alices-crew');
    await page.getByRole('dialog').getByRole('button', { name: 'Create group' }).click();
    await expect(page).toHaveURL(/\/groups\/platform\/alices-crew$/);
    expect((await api('GET', '/api/v2/organizations/platform/groups/alices-crew')).status).toBe(200);
  });

  test('a new custom role starts from one of Coder’s examples, edited before saving', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('admin', '/organizations/platform/roles/new');
    const starters = page.getByRole('radiogroup', { name: 'Start from an example' });
    await starters.getByRole('radio', { name: /^Template Editor/ }).check();
    await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('template-editor');
    await expect(page.getByLabel('template: delete')).toBeChecked();
    await expect(page.getByLabel('provisioner_daemon: create')).not.toBeChecked();

    // Another example replaces the permissions; a display name typed by hand stays.
    await page.getByRole('textbox', { name: /^Display name/ }).fill('CI template pusher');
    await starters.getByRole('radio', { name: /^Template Pusher/ }).check();
    await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('template-pusher');
    await expect(page.getByRole('textbox', { name: /^Display name/ })).toHaveValue('CI template pusher');
    await expect(page.getByLabel('template: create')).toBeChecked();
    await expect(page.getByLabel('template: delete')).not.toBeChecked();
    await expect(page.getByLabel('user: read')).toHaveCount(0);
    // Still editable: the pusher may also read the provisioners its templates run on.
    await page.getByLabel('provisioner_daemon: read').check();
    await page.getByRole('button', { name: 'Create role' }).click();
    await expect(page.getByRole('row', { name: /CI template pusher/ })).toBeVisible();

    const roles = (await api('GET', '/api/v2/organizations/platform/members/roles')).body as {
      name: string;
      organization_permissions: { resource_type: string; action: string }[];
    }[];
    const made = roles.find((r) => r.name === 'template-pusher');
    expect(made?.organization_permissions.map((p) => `${p.resource_type}:${p.action}`).sort()).toEqual([
      'file:create',
      'file:read',
      'provisioner_daemon:read',
      'provisioner_jobs:read',
      'template:create',
      'template:read',
      'template:update',
    ]);
  });

  test('an org admin manages its own org but cannot touch another', async ({ page, signIn, api }) => {
    await signIn('orgadmin', '/organizations/coder/settings');
    await page.getByLabel('Display name').fill('Coder HQ');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    expect((await api('GET', '/api/v2/organizations/coder')).body).toMatchObject({
      display_name: 'Coder HQ',
    });

    await switcher(page).click();
    await expect(page.getByRole('menuitem', { name: /Research Lab/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.goto('/organizations/research/settings');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect((await api('PATCH', '/api/v2/organizations/research', { display_name: 'Mine' })).status).toBe(404);
    expect((await api('POST', '/api/v2/organizations/research/members/alice')).status).toBe(404);
  });

  test('deleting needs the typed name; the default org explains why it cannot be deleted', async ({
    page,
    signIn,
    api,
  }) => {
    await signIn('admin', '/organizations/coder/settings');
    await expect(page.getByText(/default organization: every new user joins it/)).toBeVisible();
    await expect(page.getByRole('button', { name: /Delete organization/ })).toHaveCount(0);

    expect((await api('POST', '/api/v2/organizations', { name: 'scratch' })).status).toBe(201);
    await page.goto('/organizations/scratch/settings');
    await page.getByRole('button', { name: 'Delete organization…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Delete organization' })).toBeDisabled();
    await dialog.getByRole('textbox').fill('scratch');
    await dialog.getByRole('button', { name: 'Delete organization' }).click();
    await expect(page).toHaveURL(/\/organizations$/);
    await expect(page.getByRole('link', { name: 'scratch' })).toHaveCount(0);
    expect((await api('GET', '/api/v2/organizations/scratch')).status).toBe(404);
  });
});

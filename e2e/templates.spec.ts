import { expect, expectNoSidewaysScroll, look, test } from './fixtures';

type TemplateBody = { id: string; deprecated: boolean; deprecation_message: string; display_name: string };

test('a template admin deprecates a template with a link; its workspaces say so; a member may not', async ({
  page,
  context,
  signIn,
  api,
}) => {
  const MESSAGE = 'Docker hosts are retired. Move to Kubernetes: https://example.com/k8s-migration.';
  // The message's link, answered here (the test has no internet).
  await context.route('https://example.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<title>Migration guide</title><h1>Migration guide</h1>',
    }),
  );

  await signIn('templateadmin', '/organizations/coder');
  await page.getByRole('tab', { name: 'Templates' }).click();
  const table = page.getByRole('table', { name: 'Templates' });
  const docker = table.getByRole('row', { name: /^Docker Containers docker/ });
  await expect(docker.getByText('Active')).toBeVisible();
  await docker.getByRole('button', { name: 'Deprecate Docker Containers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deprecate Docker Containers' });
  await dialog.getByLabel('Message').fill(MESSAGE);
  await dialog.getByRole('button', { name: 'Deprecate' }).click();
  await expect(dialog).toBeHidden();
  await expect(docker.getByText('Deprecated', { exact: true })).toBeVisible();
  await expect(docker.getByRole('link', { name: 'https://example.com/k8s-migration' })).toBeVisible();
  const { body } = await api('GET', '/api/v2/organizations/coder/templates/docker');
  const tpl = body as TemplateBody;
  expect(tpl).toMatchObject({
    deprecated: true,
    deprecation_message: MESSAGE,
    display_name: 'Docker Containers',
  });

  // Create workspace offers it no more: listed, disabled, with the reason.
  await page.getByRole('link', { name: 'Workspaces' }).first().click();
  await page.getByRole('button', { name: 'Create workspace' }).click();
  const create = page.getByRole('dialog', { name: 'Create workspace' });
  await create.getByRole('combobox', { name: 'Template' }).click();
  const option = page.getByRole('option', { name: /^Docker Containers \(deprecated\)/ });
  await expect(option).toHaveAttribute('aria-disabled', 'true');
  await expect(option).toContainText('Docker hosts are retired.');
  await expect(page.getByRole('option', { name: 'Kubernetes (Deployment)' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await create.getByRole('button', { name: 'Cancel' }).click();
  await expect(create).toBeHidden();

  // The preset finds its workspaces: the same ones Coder's search counts.
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('menuitem', { name: 'Deprecated template: Docker Containers' }).click();
  await expect(page.getByLabel('Search workspaces')).toHaveValue('organization:coder template:docker');
  const count = await api('GET', '/api/v2/workspaces?q=organization:coder%20template:docker&limit=1');
  const total = (count.body as { count: number }).count;
  expect(total).toBeGreaterThan(0);
  const rows = page.getByRole('table', { name: 'Workspaces' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Deprecated template' })).toHaveCount(Math.min(total, 25));
  // The rows' marker, in light and dark (axe: its contrast).
  await look(page, 'deprecated-template-workspaces', { axe: true });
  await rows.filter({ hasText: 'alice-dev' }).getByRole('link', { name: 'alice-dev' }).click();

  // The workspace page shows the message; its link works (a new tab on the guide).
  const alert = page.getByRole('alert').filter({ hasText: 'is deprecated' });
  await expect(alert).toContainText('Docker hosts are retired.');
  const popup = page.waitForEvent('popup');
  await alert.getByRole('link', { name: 'https://example.com/k8s-migration' }).click();
  const guide = await popup;
  await expect(guide.getByRole('heading', { name: 'Migration guide' })).toBeVisible();
  expect(guide.url()).toBe('https://example.com/k8s-migration');
  await guide.close();

  // Undeprecate, back on the organization's tab.
  await page.goto('/organizations/coder/templates');
  await docker.getByRole('button', { name: 'Undeprecate Docker Containers' }).click();
  await page
    .getByRole('dialog', { name: 'Undeprecate Docker Containers?' })
    .getByRole('button', { name: 'Undeprecate' })
    .click();
  await expect(docker.getByText('Active')).toBeVisible();
  expect((await api('GET', `/api/v2/templates/${tpl.id}`)).body).toMatchObject({
    deprecated: false,
    deprecation_message: '',
  });

  // A member, on a phone: the list without actions, nothing wider than the screen; the mock refuses anyway.
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn('member', '/organizations/coder/templates');
  await expect(table.getByRole('row', { name: /CentOS 7/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /deprecate/i })).toHaveCount(0);
  await expectNoSidewaysScroll(page, 'the Templates tab');
  await look(page, 'phone-templates');
  const refused = await api('PATCH', `/api/v2/templates/${tpl.id}`, {
    name: 'docker',
    display_name: 'Docker Containers',
    deprecation_message: 'mine now',
  });
  expect(refused.status).toBe(403);
  expect((await api('GET', `/api/v2/templates/${tpl.id}`)).body).toMatchObject({ deprecated: false });
});

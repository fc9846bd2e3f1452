import { readFile } from 'node:fs/promises';
import { expect, look, test } from './fixtures';

type Group = { name: string; source: string; id: string; members: { username: string }[] | null };

test('an owner exports the organization as Terraform, copies and downloads it; others are not offered it', async ({
  page,
  context,
  signIn,
  api,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn('admin', '/organizations/coder/settings');
  await page.getByRole('button', { name: 'Export as Terraform…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export Coder as Terraform' });
  const code = dialog.getByRole('region', { name: 'Terraform configuration' });
  await expect(code).toContainText('resource "coderd_organization" "coder"');
  const text = (await code.textContent()) ?? '';

  // Every group the server has is in the file, with its members looked up by username.
  const groups = (await api('GET', '/api/v2/organizations/coder/groups')).body as Group[];
  const frontend = groups.find((g) => g.name === 'frontend');
  expect(frontend?.members?.map((m) => m.username)).toContain('alice');
  for (const g of groups.filter((x) => x.source === 'user' && x.name !== 'Everyone')) {
    expect(text).toContain(`resource "coderd_group" "${g.name.replace(/-/g, '_')}"`);
    for (const m of g.members ?? []) expect(text).toContain(`username = "${m.username}"`);
  }
  await expect(code).toContainText(`data.coderd_user.alice.id`);
  // IdP sync as the server has it, and custom roles said to be comments only.
  await expect(code).toContainText('regex_filter        = "^eng-"');
  await expect(dialog).toContainText('The provider has no resource for custom roles');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download coder.tf' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('coder.tf');
  expect(await readFile(await download.path(), 'utf8')).toBe(text);

  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  // At 360 px the dialog fills the screen and its code scrolls inside it, not the page sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  expect((await dialog.boundingBox())?.width).toBeLessThanOrEqual(360);
  await expect(dialog.getByRole('button', { name: 'Download coder.tf' })).toBeInViewport();
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(sideways).toBe(false);
  await look(page, 'phone-terraform-export');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // A member reads groups and roles but not IdP sync: no export, a note saying what is missing rather than a
  // partial file, and the server refuses the read anyway.
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn('member', '/organizations/coder/settings');
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible();
  await expect(
    page.getByText('Exporting needs permission to read this organization’s IdP sync settings,'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export as Terraform…' })).toHaveCount(0);
  expect((await api('GET', '/api/v2/organizations/coder/settings/idpsync/groups')).status).toBe(403);
});

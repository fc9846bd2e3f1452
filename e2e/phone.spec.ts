import { expect, expectNoSidewaysScroll, look, test } from './fixtures';

test.use({ viewport: { width: 360, height: 740 } });

test('at 360 px no page or main dialog scrolls sideways; row actions and dialogs fit', async ({
  page,
  signIn,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the sign-in page');
  // The demo accounts' chips do not cover the Sign in button: it takes the click.
  await page.getByRole('button', { name: 'Sign in', exact: true }).click({ trial: true });
  await look(page, 'phone-login');

  await signIn('admin', '/users?filter=alice');
  const alice = page.getByRole('button', { name: 'More actions for alice' });
  await expect(alice).toBeInViewport();
  await expectNoSidewaysScroll(page, '/users');
  // The pager wraps rather than clipping its page buttons inside the table's card.
  await expect(page.getByRole('button', { name: 'Go to next page' })).toBeInViewport({ ratio: 1 });
  await look(page, 'phone-users');

  await page.getByRole('button', { name: 'Create user' }).click();
  const create = page.getByRole('dialog', { name: 'Create user' });
  await expect(create.getByLabel(/Username/)).toBeVisible();
  await expectNoSidewaysScroll(page, 'the Create user dialog');
  const box = await create.boundingBox();
  expect(box?.width, 'dialogs are full-screen on phones').toBe(360);
  await look(page, 'phone-create-user');
  await create.getByRole('button', { name: 'Cancel' }).click();

  for (const path of [
    '/users/alice',
    '/organizations',
    '/organizations/coder/members',
    '/organizations/coder/groups',
    '/organizations/coder/roles',
    '/organizations/coder/sharing',
    '/organizations/coder/idp-sync',
    '/deployment/idp-sync',
    '/account',
    '/workspaces?filter=',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expectNoSidewaysScroll(page, path);
  }
  // Each row's status shows whole, left of its pinned actions button (not slid under it).
  const row = page.getByRole('table', { name: 'Workspaces' }).getByRole('row').nth(1);
  const chip = await row.getByText('Running', { exact: true }).boundingBox();
  const menu = await row.getByRole('button', { name: /^Actions for/ }).boundingBox();
  expect(chip && menu && chip.x >= 0 && chip.x + chip.width <= menu.x).toBe(true);
  await look(page, 'phone-workspaces');

  await page.goto('/@oncall-sre/staging-env');
  await expect(page.getByRole('table', { name: 'Recent builds' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the workspace page');
  await look(page, 'phone-workspace');
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share staging-env' });
  await expect(share.getByRole('listitem', { name: 'bob' })).toBeVisible();
  await expect(share.getByRole('button', { name: 'Save' })).toBeInViewport();
  await expectNoSidewaysScroll(page, 'the Share dialog');
  // A staged removal: the row's name, its "Will be removed" chip and Undo all lie inside the dialog (the
  // actions wrap below the name rather than being clipped by it).
  const bob = share.getByRole('listitem', { name: 'bob' });
  await bob.getByRole('button', { name: 'Remove bob' }).click();
  const dialogBox = await share.boundingBox();
  for (const part of [
    bob.getByText('bob', { exact: true }),
    bob.getByText('Will be removed'),
    bob.getByRole('button', { name: 'Undo removal of bob' }),
  ]) {
    await expect(part).toBeVisible();
    const b = await part.boundingBox();
    expect(b && dialogBox && b.x >= dialogBox.x && b.x + b.width <= dialogBox.x + dialogBox.width).toBe(true);
    const clipped = await part.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(clipped, 'text cut off inside its box').toBe(false);
  }
  await look(page, 'phone-share');
});

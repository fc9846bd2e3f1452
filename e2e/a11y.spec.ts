/**
 * Issue #13 §5: axe (WCAG 2.0/2.1 A and AA) on every page and every dialog, in light and in dark: no
 * serious or critical violation. One sign-in per test, several dialogs per test; each scan runs both
 * colour schemes (e2e/a11y.ts). Violations are collected softly so one run lists all of them.
 * The same walk is the screenshot tour for people to look at: each scan saves `a11y-<what>-<scheme>.png`
 * under e2e/screenshots/ (outside CI, or with SCREENSHOTS=1); phone.spec.ts does the same at 360 px.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expectNoSeriousViolations as scan } from './a11y';
import { expect as baseExpect, test } from './fixtures';

// axe takes seconds a page on a busy machine, and each test scans a dozen pages and dialogs twice.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

/** Opens a dialog with `open`, scans it, then closes it with Escape (nothing typed, so nothing to keep). */
async function dialog(page: Page, name: string | RegExp, open: () => Promise<unknown>): Promise<Locator> {
  await open();
  const d = page.getByRole('dialog', { name });
  await expect(d).toBeVisible();
  await scan(page, `dialog “${String(name)}”`);
  return d;
}

async function close(page: Page, d: Locator) {
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
}

async function scanDialog(page: Page, name: string | RegExp, open: () => Promise<unknown>) {
  await close(page, await dialog(page, name, open));
}

test('the scanner finds what it is there to find: a nameless button, text too faint in dark', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  // Planted in the live page, twice: the second scan reuses the axe already loaded into the document.
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'planted-nameless';
    document.body.append(b);
    const p = document.createElement('p');
    p.id = 'planted-faint';
    p.textContent = 'faint';
    p.style.color = 'light-dark(#000, #222)';
    p.style.background = 'light-dark(#fff, #111)';
    document.body.append(p);
  });
  for (let i = 0; i < 2; i++) {
    const found = (await axeViolations(page, 'planted')).join('\n');
    expect(found).toContain('[light] planted: button-name (critical)');
    expect(found).toContain('#planted-nameless');
    expect(found).toMatch(/\[dark\] planted: color-contrast \(serious\).*#planted-faint/);
    expect(found).not.toMatch(/\[light\] planted: color-contrast/);
  }
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test.describe(() => {
    test.use({ reducedMotion });
    test(`motion follows the system setting: ${reducedMotion}`, async ({ page, signIn }) => {
      await signIn('admin', '/users');
      const create = page.getByRole('button', { name: 'Create user' });
      await create.click();
      const d = page.getByRole('dialog', { name: 'Create user' });
      await expect(d).toBeVisible();
      // The ripple a click mounts in its button, and the dialog's fade (its container's transition).
      // (The modal hides the page from the accessibility tree; the dialog, portalled last, has its own.)
      const ripple = await page
        .getByRole('button', { name: 'Create user', includeHidden: true })
        .first()
        .locator('.MuiTouchRipple-root')
        .count();
      const fade = await page
        .locator('.MuiDialog-container')
        .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
      if (reducedMotion === 'reduce') {
        expect({ ripple, fade }).toEqual({ ripple: 0, fade: 0 });
      } else {
        expect(ripple).toBe(1);
        expect(fade).toBeGreaterThan(0);
      }
      await page.keyboard.press('Escape');
      await expect(d).toBeHidden();
    });
  });
}

test('sign-in page and the not-found page', async ({ page, signIn }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await scan(page, 'sign-in');
  await signIn('admin', '/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await scan(page, 'not found');
});

test('users list, its menus and dialogs', async ({ page, signIn }) => {
  await signIn('admin', '/users');
  await expect(page.getByRole('table', { name: 'Users' }).getByRole('row').nth(1)).toBeVisible();
  await scan(page, 'users');

  await scanDialog(page, 'Create user', () => page.getByRole('button', { name: 'Create user' }).click());
  await scanDialog(page, 'Export users', () => page.getByRole('button', { name: 'Export CSV' }).click());

  await page.getByRole('button', { name: 'Filters' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await scan(page, 'users filter menu', '[role="menu"]');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add filter' }).click();
  await page.getByLabel('Filter key').click();
  await expect(page.getByRole('option', { name: /last_seen_before/ })).toBeVisible();
  await scan(page, 'users filter builder', '.MuiPopover-paper');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Filter key')).toBeHidden();

  // Saved views (issue #17 §2): the save dialog, the menu with a view in it, and the manager.
  const views = page.getByRole('button', { name: 'Saved views' });
  const save = await dialog(page, 'Save view', async () => {
    await views.click();
    await page.getByRole('menuitem', { name: 'Save current view…' }).click();
  });
  await save.getByRole('textbox', { name: 'Name' }).fill('Everyone');
  await save.getByRole('button', { name: 'Save' }).click();
  await expect(save).toBeHidden();
  await views.click();
  await expect(page.getByRole('menuitem', { name: /Everyone/ })).toBeVisible();
  await scan(page, 'saved views menu', '[role="menu"]');
  await scanDialog(page, 'Manage saved views', () =>
    page.getByRole('menuitem', { name: 'Manage views…' }).click(),
  );

  const more = page.getByRole('button', { name: 'More actions for alice' });
  await page.getByRole('textbox', { name: 'Search users' }).fill('alice');
  // The list has settled on the filter (a row's menu opened while its row is replaced would go with it).
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await more.click();
  await expect(page.getByRole('menuitem', { name: 'Edit roles…' })).toBeVisible();
  await scan(page, 'user row menu', '[role="menu"]');
  await page.keyboard.press('Escape');
  for (const [item, title] of [
    ['Edit roles…', 'Site roles for alice'],
    ['Reset password…', 'Reset password for alice'],
    ['Suspend…', 'Suspend alice?'],
    ['Delete…', /^Delete alice/],
  ] as const) {
    await scanDialog(page, title, async () => {
      await more.click();
      await page.getByRole('menuitem', { name: item }).click();
    });
  }

  await page.getByRole('checkbox', { name: 'Select alice' }).check();
  await scan(page, 'users with a selection');
  const bulk = await dialog(page, 'Suspend 1 selected user', () =>
    page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Suspend' }).click(),
  );
  await bulk.getByRole('button', { name: /^Suspend 1$/ }).click();
  await expect(bulk.getByRole('status')).toHaveText('1 suspended.');
  await scan(page, 'bulk suspend result');
  await bulk.getByRole('button', { name: 'Done' }).click();
  await expect(bulk).toBeHidden();

  await page.getByRole('button', { name: 'Account menu for admin' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'System theme' })).toBeVisible();
  await scan(page, 'account menu', '[role="menu"]');
  await page.keyboard.press('Escape');
});

test('user page with tokens, and the account page', async ({ page, signIn }) => {
  await signIn('admin', '/users/oncall-sre');
  await expect(page.getByRole('region', { name: 'API tokens' })).toBeVisible();
  await scan(page, 'user page');
  await scanDialog(page, 'Create a token for oncall-sre', () =>
    page.getByRole('button', { name: 'Create token' }).click(),
  );
  await page.goto('/account');
  await expect(page.getByRole('form', { name: 'Change password' })).toBeVisible();
  await scan(page, 'account');
});

test('workspaces list and its dialogs', async ({ page, signIn }) => {
  await signIn('admin', '/workspaces?filter=');
  await expect(page.getByRole('table', { name: 'Workspaces' }).getByRole('row').nth(1)).toBeVisible();
  await scan(page, 'workspaces');
  await scanDialog(page, 'Create workspace', () =>
    page.getByRole('button', { name: 'Create workspace' }).click(),
  );
  await page.getByRole('button', { name: 'Actions for alice/alice-dev' }).click();
  await expect(page.getByRole('menuitem').first()).toBeVisible();
  await scan(page, 'workspace row menu', '[role="menu"]');
  await page.keyboard.press('Escape');
  await page.getByRole('checkbox', { name: 'Select alice/alice-dev' }).check();
  await scanDialog(page, /^Delete /, () =>
    page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete…' }).click(),
  );
});

test('workspace page and its dialogs', async ({ page, signIn }) => {
  await signIn('admin', '/@oncall-sre/staging-env');
  await expect(page.getByRole('heading', { name: 'staging-env' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Recent builds' })).toBeVisible();
  await scan(page, 'workspace overview');
  await scanDialog(page, /^Build #/, () =>
    page
      .getByRole('button', { name: /^Log of build #/ })
      .first()
      .click(),
  );
  await scanDialog(page, 'Rename workspace', () => page.getByRole('button', { name: 'Rename' }).click());
  await scanDialog(page, /^Delete /, () => page.getByRole('button', { name: 'Delete' }).click());
  // A workspace on a deprecated template (seeded): the template admins' message, its link clickable.
  await page.goto('/@member/old-vm');
  await expect(page.getByRole('alert').filter({ hasText: 'is deprecated' })).toBeVisible();
  await scan(page, 'workspace on a deprecated template');
});

test('workspace access tab, the Share dialog with a staged removal, rotate access', async ({
  page,
  signIn,
}) => {
  await signIn('admin', '/@oncall-sre/staging-env');
  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page.getByRole('table', { name: 'Access review' })).toBeVisible();
  await scan(page, 'workspace access tab');

  const share = await dialog(page, 'Share staging-env', () =>
    page.getByRole('button', { name: 'Share' }).click(),
  );
  await share.getByRole('button', { name: 'Remove bob' }).click();
  await expect(share.getByRole('button', { name: 'Undo removal of bob' })).toBeVisible();
  await scan(page, 'Share with a staged removal');
  await share.getByRole('button', { name: 'Undo removal of bob' }).click();
  await scanDialog(page, 'Rotate access to staging-env', () =>
    share.getByRole('button', { name: 'Rotate access…' }).click(),
  );
  await close(page, share);
});

test('organizations, each organization tab and their dialogs', async ({ page, signIn }) => {
  await signIn('admin', '/organizations');
  await expect(page.getByRole('link', { name: 'Platform Engineering' })).toBeVisible();
  await scan(page, 'organizations');
  await scanDialog(page, 'Create organization', () =>
    page.getByRole('button', { name: 'Create organization' }).click(),
  );

  await page.goto('/organizations/platform/members');
  await expect(page.getByRole('table', { name: 'Members' }).getByRole('row').nth(1)).toBeVisible();
  await scan(page, 'organization members');
  await scanDialog(page, /^Add a member to/, () => page.getByRole('button', { name: 'Add member' }).click());
  await scanDialog(page, 'Roles of alice', () =>
    page.getByRole('button', { name: 'Edit roles of alice' }).click(),
  );

  await page.getByRole('tab', { name: 'Groups' }).click();
  await expect(page.getByRole('table', { name: 'Groups' })).toBeVisible();
  await scan(page, 'organization groups');
  await scanDialog(page, 'Create group', () => page.getByRole('button', { name: 'Create group' }).click());

  await page.goto('/organizations/coder/roles');
  await expect(page.getByRole('button', { name: /^View permissions of / }).first()).toBeVisible();
  await scan(page, 'organization roles');
  await scanDialog(page, 'Workspace viewer', () =>
    page.getByRole('button', { name: 'View permissions of Workspace viewer' }).click(),
  );
  await page.goto('/organizations/coder/roles/workspace-viewer');
  await expect(page.getByRole('button', { name: /Save|Create role/ }).first()).toBeVisible();
  await scan(page, 'custom role');
  await page.goto('/organizations/coder/roles/new');
  await page.getByRole('radio', { name: /^Template Pusher/ }).check();
  await expect(page.getByLabel('template: create')).toBeChecked();
  await scan(page, 'new custom role from an example');

  await page.goto('/organizations/coder/sharing');
  await expect(page.getByRole('radio', { name: /^Everyone/ })).toBeChecked();
  await scan(page, 'organization sharing');
  await scanDialog(page, /^Change sharing to/, () =>
    page.getByRole('radio', { name: /^Service accounts only/ }).click(),
  );

  await page.getByRole('tab', { name: 'Templates' }).click();
  await expect(
    page.getByRole('table', { name: 'Templates' }).getByRole('row', { name: /CentOS 7/ }),
  ).toBeVisible();
  await scan(page, 'organization templates');
  await scanDialog(page, 'Deprecate Docker Containers', () =>
    page.getByRole('button', { name: 'Deprecate Docker Containers' }).click(),
  );

  await page.getByRole('tab', { name: 'IdP sync' }).click();
  await expect(page.getByRole('list', { name: 'Kept values' })).toBeVisible();
  await scan(page, 'organization idp sync');
  await page.getByRole('link', { name: 'Organization sync' }).click();
  await expect(page.getByRole('table', { name: 'Organization mapping' })).toBeVisible();
  await scan(page, 'organization sync');

  await page.goto('/organizations/platform/settings');
  await expect(page.getByRole('button', { name: 'Delete organization…' })).toBeVisible();
  await scan(page, 'organization settings');
  await scanDialog(page, /^Delete Platform Engineering/, () =>
    page.getByRole('button', { name: 'Delete organization…' }).click(),
  );
  await page.getByRole('button', { name: 'Export as Terraform…' }).click();
  const terraform = page.getByRole('dialog', { name: 'Export Platform Engineering as Terraform' });
  await expect(terraform.getByRole('region', { name: 'Terraform configuration' })).toBeVisible();
  await scan(page, 'dialog “Export as Terraform”');
  await close(page, terraform);
});

test('groups list, a group page and its dialogs', async ({ page, signIn }) => {
  await signIn('admin', '/groups');
  await expect(page.getByRole('link', { name: 'Frontend', exact: true })).toBeVisible();
  await scan(page, 'groups');
  await page.getByRole('link', { name: 'Frontend', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Frontend' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Group members' })).toBeVisible();
  await scan(page, 'group page');
  await scanDialog(page, /^Add members to/, () => page.getByRole('button', { name: 'Add member' }).click());
  await scanDialog(page, 'Edit group', () => page.getByRole('button', { name: 'Edit group' }).click());
  await scanDialog(page, /^Remove alice from/, () =>
    page.getByRole('button', { name: 'Remove alice from group' }).click(),
  );
});

/**
 * Issue #13 §5: the admin's day from the keyboard alone (page.keyboard only; page.goto for the start URL):
 * sign in, filter users, suspend one (confirmed), open a workspace, share it with a group as `admin`, save.
 * At every step the focused element shows a focus ring; in a dialog Tab and Shift+Tab stay inside it; when
 * a dialog closes, focus is back on the control that opened it. The server's state is checked after.
 */
import type { Page } from '@playwright/test';
import { focusState } from './a11y';
import { expect, PASSWORD, test } from './fixtures';

type Name = string | RegExp;
const matches = (name: string, want: Name) => (typeof want === 'string' ? name === want : want.test(name));

/** Focus is visible right now (and, when `dialog` is given, inside that dialog). */
async function expectFocus(page: Page, step: string, dialog?: string) {
  const f = await focusState(page);
  expect(f.visible, `${step}: a focus ring on “${f.name}”`).toBe(true);
  if (dialog !== undefined) expect(f.dialog, `${step}: focus in the dialog (on “${f.name}”)`).toBe(dialog);
  return f;
}

/** Presses Tab (or Shift+Tab) until the focused element is named `want`; every stop on the way shows focus. */
async function tabTo(
  page: Page,
  want: Name,
  opts: { back?: boolean; max?: number; dialog?: string; role?: string } = {},
) {
  const seen: string[] = [];
  const now = await focusState(page);
  if (now.name !== '(nothing)' && matches(now.name, want)) return void (await expectFocus(page, 'start'));
  for (let i = 0; i < (opts.max ?? 40); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const f = await expectFocus(
      page,
      `Tab stop ${i + 1} towards “${String(want)}” (after ${seen.join(' → ') || 'the start'})`,
      opts.dialog,
    );
    if (matches(f.name, want) && (!opts.role || f.role === opts.role)) return;
    seen.push(f.name);
  }
  throw new Error(`never reached “${String(want)}” with Tab; passed: ${seen.join(' → ')}`);
}

/** Tab and Shift+Tab, more times than the dialog has stops, never leave it. */
async function expectTrapped(page: Page, dialog: string) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press(key);
      await expectFocus(page, `${key} ×${i + 1} in “${dialog}”`, dialog);
    }
  }
}

// With motion on, as most people run it: focus must still land and return once dialogs finish moving.
test.use({ reducedMotion: 'no-preference' });

test('keyboard only: sign in, filter users, suspend one, share a workspace with a group as admin', async ({
  page,
  api,
}) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();

  // Sign in.
  await tabTo(page, /^Email/);
  await page.keyboard.type('admin@example.com');
  await tabTo(page, /^Password/);
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Workspaces', level: 1 })).toBeVisible();

  // Users, filtered to alice. Signed in, focus starts on the page (<main>): the navigation is behind it.
  await expect(page.locator('main')).toBeFocused();
  await tabTo(page, 'Users', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await tabTo(page, /^Search users/);
  await page.keyboard.type('alice');
  await expect(page).toHaveURL(/filter=alice/);
  await expect(page.getByRole('table', { name: 'Users' }).getByRole('row')).toHaveCount(2);

  // Suspend alice from her row menu, confirmed in a dialog.
  await tabTo(page, 'More actions for alice');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await expectFocus(page, 'row menu open');
  for (let i = 0; i < 10; i++) {
    const f = await focusState(page);
    if (f.name.startsWith('Suspend')) break;
    await page.keyboard.press('ArrowDown');
  }
  await expectFocus(page, 'Suspend… in the menu');
  await page.keyboard.press('Enter');
  const suspend = page.getByRole('dialog', { name: 'Suspend alice?' });
  await expect(suspend).toBeVisible();
  await expectFocus(page, 'suspend dialog opened', 'Suspend alice?');
  await expectTrapped(page, 'Suspend alice?');
  await tabTo(page, 'Suspend', { dialog: 'Suspend alice?' });
  await page.keyboard.press('Enter');
  await expect(suspend).toBeHidden();
  await expect(page.getByRole('row', { name: /alice/ }).getByText('Suspended')).toBeVisible();
  expect((await focusState(page)).name, 'focus back on the row menu that opened the dialog').toBe(
    'More actions for alice',
  );
  await expectFocus(page, 'after the suspend dialog closed');

  // Workspaces → staging-env.
  await tabTo(page, 'Workspaces', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Workspaces', level: 1 })).toBeVisible();
  await tabTo(page, /^Search workspaces/);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('staging-env');
  // The filtered list has settled (a row re-rendered under the focus would drop it).
  await expect(page).toHaveURL(/filter=staging-env/);
  await expect(page.getByRole('table', { name: 'Workspaces' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'staging-env' })).toBeVisible();
  await tabTo(page, 'staging-env', { role: 'a' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'staging-env', level: 1 })).toBeVisible();
  // The link went with the list: focus starts again at the top of the new page, not mid-way or nowhere.
  await expect(page.locator('main')).toBeFocused();

  // Share it with the SRE on-call group as admin (once the page shows the button: it waits on permissions).
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await tabTo(page, 'Share');
  await page.keyboard.press('Enter');
  const title = 'Share staging-env';
  const share = page.getByRole('dialog', { name: title });
  await expect(share.getByRole('listitem', { name: 'oncall-sre (owner)' })).toBeVisible();
  const opened = await expectFocus(page, 'share dialog opened', title);
  expect(opened.name).toMatch(/^Add people or groups/);
  await page.keyboard.type('sre-on');
  await expect(page.getByRole('option', { name: /^SRE on-call/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const group = share.getByRole('listitem', { name: 'SRE on-call (group)' });
  await expect(group).toBeVisible();
  await tabTo(page, /^Role for SRE on-call/, { dialog: title });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: /^admin/ })).toBeVisible();
  await expectFocus(page, 'role list open');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(group.getByRole('combobox')).toHaveText('admin');
  await expectFocus(page, 'role picked', title);
  await expectTrapped(page, title);
  await tabTo(page, 'Save', { dialog: title });
  await page.keyboard.press('Enter');
  await expect(share.getByText('Sharing saved.')).toBeVisible();
  await expectFocus(page, 'after saving', title);
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();
  expect((await focusState(page)).name, 'focus back on Share').toBe('Share');
  await expectFocus(page, 'after the share dialog closed');

  // The server agrees.
  expect(((await api('GET', '/api/v2/users/alice')).body as { status: string }).status).toBe('suspended');
  const ws = (await api('GET', '/api/v2/users/oncall-sre/workspace/staging-env')).body as { id: string };
  const acl = (await api('GET', `/api/v2/workspaces/${ws.id}/acl`)).body as {
    group: { name: string; role: string }[];
  };
  expect(acl.group).toContainEqual(expect.objectContaining({ name: 'sre-oncall', role: 'admin' }));
});

/**
 * Issue #17 §3: the command palette and shortcuts, from the keyboard alone (page.keyboard only; page.goto
 * for the start URL). Ctrl+K finds a user and opens their page; "suspend alice" opens the same
 * confirmation as the button and the server then has alice suspended; `/` focuses the page's search, `?`
 * lists the shortcuts; a member is offered no admin action (and the server refuses one anyway); the
 * dialogs the palette opens open from a pasted URL too. axe and screenshots, light and dark, 1440 and 360 px.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, look, test } from './fixtures';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const combobox = (page: Page) =>
  palette(page).getByRole('combobox', { name: 'Search pages, people and actions' });

async function openPalette(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
  await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
}

/** The option is the one the combobox points at (aria-activedescendant) and is marked selected. */
async function expectActive(page: Page, option: Locator) {
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
}

/** Presses Tab until the focused element is the button named `name` (at most `max` stops). */
async function tabToButton(page: Page, scope: Locator, name: string, max = 10) {
  const button = scope.getByRole('button', { name, exact: true });
  for (let i = 0; i < max; i++) {
    if (await button.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();
}

test('Ctrl+K, a user name, arrows and Enter open the user’s page', async ({ page, signIn }) => {
  await signIn('admin', '/workspaces');
  await openPalette(page);
  await look(page, 'palette-open', { axe: true });

  await page.keyboard.type('bob');
  const bob = palette(page).getByRole('group', { name: 'Users' }).getByRole('option', { name: /^bob/ });
  await expect(bob).toBeVisible();
  const bobDev = palette(page)
    .getByRole('group', { name: 'Workspaces' })
    .getByRole('option', { name: /^bob-dev/ });
  await expect(bobDev).toBeVisible();
  await look(page, 'palette-results', { axe: true });
  await expectActive(page, bob);
  await page.keyboard.press('ArrowDown');
  await expectActive(page, bobDev);
  await page.keyboard.press('ArrowUp');
  await expectActive(page, bob);
  await page.keyboard.press('Enter');

  await expect(palette(page)).toBeHidden();
  await expect(page).toHaveURL(/\/users\/bob$/);
  await expect(page.getByRole('heading', { name: 'bob', level: 1 })).toBeVisible();
});

test('"suspend alice" + Enter opens the suspend confirmation; confirming suspends her on the server', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('admin', '/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await openPalette(page);
  await page.keyboard.type('suspend alice');
  const action = palette(page).getByRole('option', { name: /^Suspend alice…/ });
  await expect(action).toBeVisible();
  await expectActive(page, action);
  await page.keyboard.press('Enter');

  const confirm = page.getByRole('dialog', { name: 'Suspend alice?' });
  await expect(confirm).toBeVisible();
  await expect(page).toHaveURL(/\/users\/alice\?dialog=suspend$/);
  await look(page, 'palette-suspend-confirm', { axe: true });
  await tabToButton(page, confirm, 'Suspend');
  await page.keyboard.press('Enter');

  await expect(confirm).toBeHidden();
  // Closing drops the param (replacing the entry).
  await expect(page).toHaveURL(/\/users\/alice$/);
  await expect(page.getByText('Suspended', { exact: true }).first()).toBeVisible();
  const alice = await api('GET', '/api/v2/users/alice');
  expect(alice.status).toBe(200);
  expect((alice.body as { status: string }).status).toBe('suspended');
});

test('? lists the shortcuts, / focuses the page’s search, Escape returns focus from the palette', async ({
  page,
  signIn,
}) => {
  await signIn('admin', '/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByText('Search this page’s list')).toBeVisible();
  await expect(shortcuts.getByText(/Open the command palette/)).toBeVisible();
  await look(page, 'palette-shortcuts', { axe: true });
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  await page.keyboard.press('/');
  const search = page.getByLabel('Search users');
  await expect(search).toBeFocused();
  // Inside the field, `/` and `?` are text.
  await page.keyboard.type('alice?/');
  await expect(search).toHaveValue('alice?/');
  await expect(shortcuts).toBeHidden();

  // Ctrl+K works from inside a field too, and Escape puts focus back where it was.
  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(search).toBeFocused();
});

test('a member is offered no admin action, and the server refuses one anyway', async ({
  page,
  signIn,
  api,
}) => {
  await signIn('member', '/workspaces');
  await openPalette(page);
  const list = palette(page).getByRole('listbox', { name: 'Results' });
  await expect(list.getByRole('option', { name: 'Create workspace' })).toBeVisible();
  await expect(list.getByRole('option', { name: 'Create user' })).toHaveCount(0);
  await expect(list.getByRole('option', { name: /^(Suspend|Activate|Delete) a user/ })).toHaveCount(0);
  await expect(list.getByRole('group', { name: 'Pages' }).getByRole('option')).toHaveText([
    'Workspaces',
    'Organizations',
    'Account',
  ]);

  await page.keyboard.type('suspend alice');
  await expect(palette(page).getByText('Nothing matches “suspend alice”.')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(0);

  // The confirmation does not open from a URL either (a member may not even read alice: Coder answers
  // 404), and the server refuses the suspension.
  await page.keyboard.press('Escape');
  await page.goto('/users/alice?dialog=suspend');
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect([403, 404]).toContain((await api('PUT', '/api/v2/users/alice/status/suspend')).status);
});

test('dialogs open from a pasted URL on a cold load, and closing drops the param', async ({
  page,
  signIn,
}) => {
  await signIn('admin', '/users?filter=alice&dialog=create-user');
  const create = page.getByRole('dialog', { name: 'Create user' });
  await expect(create).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(create).toBeHidden();
  await expect(page).toHaveURL(/\/users\?filter=alice$/);

  await page.goto('/@oncall-sre/staging-env?dialog=share');
  const share = page.getByRole('dialog', { name: 'Share staging-env' });
  await expect(share).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();
  await expect(page).toHaveURL(/\/@oncall-sre\/staging-env$/);
});

test('at 360 px the palette and the shortcuts fit the screen', async ({ page, signIn }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn('admin', '/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Search and commands' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('a');
  await expect(palette(page).getByRole('group', { name: 'Users' })).toBeVisible();
  const box = await palette(page).boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  await look(page, 'palette-360', { axe: true });
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await look(page, 'palette-shortcuts-360', { axe: true });
});

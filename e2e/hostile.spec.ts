/**
 * Hostile input (issue #13 §3): the shared list (e2e/hostile-inputs.ts) through the fields that reach the
 * server, rendered on the pages that show them. No script runs (no dialog, no `window.__pwned`), nothing
 * breaks out of its container, no page goes blank, and invalid input shows the server's message.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FORMULA_PREFIXES, HOSTILE_FILTERS, HOSTILE_TEXT, HOSTILE_URLS } from './hostile-inputs';

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;
const DEFAULT_ORG = '00000000-0000-0000-0000-000000000000';

/** Fails on any dialog a payload opens; the flag catches payloads that run without one. */
function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return async () => {
    expect(dialogs, 'dialogs opened by a payload').toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  };
}

/** The page is not blank, and no element is wider than the page's main area (nothing breaks out). */
async function expectContained(page: Page) {
  await expect(page.locator('main')).not.toBeEmpty();
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no <main>'];
    const box = main.getBoundingClientRect();
    const out: string[] = [];
    for (const el of main.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Inside a scroll or clipping container (a table's horizontal scroll, an ellipsis, a progress bar)
      // overflowing is contained by design: that container is checked itself.
      let clip: HTMLElement | null = el.parentElement;
      while (clip && clip !== main && !/(auto|scroll|hidden|clip)/.test(getComputedStyle(clip).overflowX))
        clip = clip.parentElement;
      if (clip && clip !== main) continue;
      if (r.right > box.right + 1 || r.left < box.left - 1)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 40)}" ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
    }
    return out.slice(0, 5);
  });
  expect(overflow, 'elements outside their container').toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
}

test('hostile names, display names and descriptions render as text on every page that shows them', async ({
  page,
  signIn,
  api,
}) => {
  test.setTimeout(120_000);
  const check = guard(page);
  await signIn('admin', 'about:blank');
  const accepted: number[] = [];
  const refused: { i: number; message: string }[] = [];
  for (const [i, h] of HOSTILE_TEXT.entries()) {
    const res = await api('POST', '/api/v2/users', {
      username: `hostile-${i}`,
      name: h.value,
      email: `hostile-${i}@example.com`,
      password: 'Hostile-Password-1234',
      organization_ids: [DEFAULT_ORG],
    });
    if (res.status === 201) accepted.push(i);
    else refused.push({ i, message: (res.body as { message: string }).message });
  }
  // The ordinary payloads are names like any other; the server refuses what Coder refuses (too long).
  expect(accepted.length).toBeGreaterThan(20);
  const g = await api('POST', '/api/v2/organizations/coder/groups', {
    name: 'hostile-group',
    display_name: HOSTILE_TEXT[1]!.value,
    avatar_url: HOSTILE_URLS[0]!.value,
  });
  expect(g.status).toBe(201);
  for (const i of accepted.slice(0, 10)) {
    await api('PATCH', `/api/v2/groups/${(g.body as { id: string }).id}`, { add_users: [`hostile-${i}`] });
  }
  const org = await api('POST', '/api/v2/organizations', {
    name: 'hostile-org',
    display_name: HOSTILE_TEXT[0]!.value.slice(0, 64),
    description: HOSTILE_TEXT[4]!.value,
    icon: HOSTILE_URLS[0]!.value,
  });
  expect(org.status).toBe(201);

  for (const url of [
    '/users?filter=hostile&pageSize=50',
    ...accepted.slice(0, 8).map((i) => `/users/hostile-${i}`),
    '/groups/coder/hostile-group',
    '/organizations/coder/groups',
    '/organizations',
    '/organizations/hostile-org/members',
    '/organizations/hostile-org/settings',
  ]) {
    await test.step(url, async () => {
      await page.goto(url);
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      await expectContained(page);
      await check();
    });
  }
  // The group's and the org's javascript: avatar and icon never became an image source.
  await page.goto('/organizations');
  expect(await page.locator('img[src^="javascript" i]').count()).toBe(0);

  // Invalid input in a form shows the server's validation message, and keeps the text.
  await page.goto('/users');
  await page.getByRole('button', { name: 'Create user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create user' });
  await dialog.getByRole('textbox', { name: /^Username/ }).fill('fine-name');
  await dialog.getByRole('textbox', { name: /^Email/ }).fill('fine@example.com');
  await dialog.getByLabel('Full name').fill(HOSTILE_TEXT.find((h) => h.name === '10,000 characters')!.value);
  await dialog.getByLabel(/^Password/).fill('Hostile-Password-1234');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText(/name/i).and(dialog.locator('.Mui-error')).first()).toBeVisible();
  await expectContained(page);
  await check();
  expect(refused.map((r) => r.message).every(Boolean)).toBe(true);
});

test('avatar and icon URLs render only for http(s) and data:image', async ({ page, signIn, api }) => {
  const check = guard(page);
  await signIn('admin', 'about:blank');
  for (const [i, u] of HOSTILE_URLS.entries()) {
    const res = await api('POST', '/api/v2/organizations/coder/groups', {
      name: `avatar-${i}`,
      avatar_url: u.value,
    });
    expect(res.status, u.value).toBe(201);
  }
  await page.goto('/organizations/coder/groups');
  for (const [i, u] of HOSTILE_URLS.entries()) {
    const img = page.getByRole('row', { name: new RegExp(`avatar-${i}\\b`) }).locator('img');
    if (u.renders) await expect(img).toHaveAttribute('src', u.value.trim());
    else await expect(img).toHaveCount(0);
  }
  await check();
});

test('hostile filters show a message or results, never a blank page or a running script', async ({
  page,
  signIn,
}) => {
  const check = guard(page);
  await signIn('admin', '/users');
  for (const [path, label] of [
    ['/users', 'Search users'],
    ['/workspaces', 'Search workspaces'],
  ] as const) {
    for (const [i, f] of HOSTILE_FILTERS.entries()) {
      if (i % 3 === 0) {
        // Opened by URL, as a pasted link would (a full page load)...
        await page.goto(`${path}?filter=${encodeURIComponent(f)}`);
        await expect(page.getByLabel(label)).toHaveValue(f);
      } else {
        // ...or typed into the filter box, which sends it (trimmed) once the typing settles.
        await page.getByLabel(label).fill(f);
        await expect.poll(() => new URL(page.url()).searchParams.get('filter')).toBe(f.trim());
      }
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      await expectContained(page);
      await check();
    }
  }
});

test('CSV export neutralises cells a spreadsheet would run as formulas', async ({ page, signIn, api }) => {
  const check = guard(page);
  await signIn('admin', 'about:blank');
  const formulas = HOSTILE_TEXT.filter((h) => FORMULA_PREFIXES.includes(h.value[0]!));
  let made = 0;
  for (const [i, h] of formulas.entries()) {
    const res = await api('POST', '/api/v2/users', {
      username: `formula-${i}`,
      name: h.value,
      email: `formula-${i}@example.com`,
      password: 'Hostile-Password-1234',
      organization_ids: [DEFAULT_ORG],
    });
    // Coder refuses control characters in a name (the tab/CR case): nothing to export there.
    if (res.status === 201) made += 1;
    else expect(h.value).toMatch(/^[\t\r]/);
  }
  expect(made).toBeGreaterThanOrEqual(4);
  await page.goto('/users?filter=formula');
  // Export starts as its dialog opens.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export/ }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  const lines = csv.split('\r\n').filter((l) => l.startsWith('formula-'));
  expect(lines).toHaveLength(made);
  for (const line of lines) {
    const name = line.slice(line.indexOf(',') + 1);
    // The name cell (quoted when it holds quotes or commas) starts with the neutralising apostrophe.
    expect(name.replace(/^"/, '')).toMatch(/^'[=+\-@\t\r]/);
  }
  await check();
});

export type { Api };

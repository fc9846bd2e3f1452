/**
 * Security basics (issue #13 §4): the session only in the HttpOnly cookie, nothing secret in storage or
 * URLs, temporary passwords never logged nor kept, and a Content-Security-Policy the app satisfies.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, PASSWORD, test } from './fixtures';

/** Everything the page keeps where a script (or a shoulder-surfer) could read it. */
async function exposed(page: Page, context: BrowserContext) {
  const storage = await page.evaluate(() =>
    JSON.stringify({
      local: Object.fromEntries(Object.entries(localStorage)),
      session: Object.fromEntries(Object.entries(sessionStorage)),
      cookie: document.cookie,
      url: location.href,
      history: history.state as unknown,
    }),
  );
  const cookies = await context.cookies();
  return { storage, cookies };
}

test('the session lives only in the HttpOnly cookie; tokens and passwords stay out of storage, URLs and the console', async ({
  page,
  context,
}) => {
  const consoleText: string[] = [];
  page.on('console', (m) => consoleText.push(m.text()));
  await page.goto('/login?redirect=%2Fusers%3Ffilter%3Dbob');
  await page.getByLabel('Email').fill('admin@example.com');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();

  const first = await exposed(page, context);
  let storage = first.storage;
  const cookies = first.cookies;
  const session = cookies.find((c) => c.name === 'coder_session_token')!;
  expect(session.httpOnly).toBe(true);
  expect(storage).not.toContain(session.value);
  expect(storage).not.toContain(PASSWORD);
  expect(page.url()).not.toContain(session.value);

  // Reset a password: the temporary one is never logged, and gone from the page once its dialog closes.
  await page.getByRole('button', { name: 'More actions for bob' }).click();
  await page.getByRole('menuitem', { name: 'Reset password…' }).click();
  const reset = page.getByRole('dialog', { name: 'Reset password for bob' });
  const temp = await reset.getByLabel('Temporary password').inputValue();
  await reset.getByRole('button', { name: 'Reset password' }).click();
  await expect(reset).toBeHidden();
  ({ storage } = await exposed(page, context));
  expect(storage).not.toContain(temp);
  expect(page.url()).not.toContain(temp);
  expect(await page.content()).not.toContain(temp);

  // Create a token: its secret is shown once and kept nowhere.
  await page.goto('/users/admin');
  const card = page.getByRole('region', { name: 'API tokens' });
  await card.getByRole('button', { name: 'Create token' }).click();
  const create = page.getByRole('dialog', { name: /Create a token/ });
  await create.getByLabel('Name').fill('laptop');
  await create.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByRole('dialog', { name: 'Token created' });
  const secret = await shown.getByLabel('Token').inputValue();
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();
  ({ storage } = await exposed(page, context));
  expect(storage).not.toContain(secret);
  expect(page.url()).not.toContain(secret);
  expect(await page.content()).not.toContain(secret);

  for (const secretText of [PASSWORD, temp, secret, session.value])
    expect(consoleText.filter((t) => t.includes(secretText))).toEqual([]);
});

test('the build ships a Content-Security-Policy that blocks inline script, and the suite fails on a violation', async ({
  page,
  signIn,
  consoleGuard,
}) => {
  const html = await (await page.request.get('/')).text();
  const csp = (
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
  ).replaceAll('&#39;', "'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain("object-src 'none'");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  await signIn('admin', '/users');
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  // What a stored XSS would try: an inline script element. It does not run, and the guard reports it.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect
    .poll(() => consoleGuard.take(/CSP violation|Content Security Policy/).length)
    .toBeGreaterThan(0);
});

test('the production build ships no developer tools: no devtools button, no devtools code', async ({
  page,
  signIn,
}) => {
  await signIn('admin', '/users');
  await expect(page.getByText(/^1–25 of /)).toBeVisible();
  await expect(page.getByRole('button', { name: /tanstack query devtools/i })).toHaveCount(0);
  // Every script the page loaded (the entry, its imports and the route's lazy chunks).
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => e.name),
  );
  expect(scripts.length).toBeGreaterThan(3);
  for (const url of scripts) {
    const code = await (await page.request.get(url)).text();
    expect(/ReactQueryDevtools|tsqd-/.test(code), `${url} holds devtools code`).toBe(false);
  }
});

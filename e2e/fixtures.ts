/**
 * Every test runs on its own mock tenant (an in-memory copy of the seed selected by the `mock_tenant`
 * cookie), so tests are order-independent and parallel workers never see each other's changes.
 */
import {
  test as base,
  expect,
  request,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  type WebError,
} from '@playwright/test';
import { axeScan, serious, snap } from './a11y';

export { snap };

export const PASSWORD = 'SomeSecurePassword!';

type Fixtures = {
  tenant: string;
  /** Signs in through the API (fast path) and opens `path`. */
  signIn: (username: string, path?: string) => Promise<void>;
  /** Calls the mock's API as the signed-in browser user. */
  api: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;
  /** Password sign-in from a separate client with no cookies (the browser's session is untouched). */
  loginElsewhere: (username: string, password?: string) => Promise<{ status: number; body: unknown }>;
  /**
   * Fails the test at teardown if any page logged a console error or warning or threw (React's warnings
   * too, when the suite runs on the development build: `E2E_NODE_ENV=development`). The test's own context
   * is watched; `watch` adds contexts the test opens itself.
   */
  consoleGuard: {
    watch: (context: BrowserContext) => Promise<void>;
    /** Removes (and returns) the problems matching `re`: for a test that provokes one on purpose. */
    take: (re: RegExp) => string[];
  };
};

/**
 * The only console noise allowed: Chromium's line for an HTTP error answer or a request cut off, which
 * the app meets on purpose (a 401 before sign-in, a 403 the UI reads as "not allowed", the 4xx/5xx, the
 * timeout or the offline a test provokes). Its text is
 * fixed by Chromium; the app's own messages never match it.
 */
const EXPECTED_NOISE = [
  /^Failed to load resource: the server responded with a status of [45]\d\d \([^)]*\)$/,
  // A request a test cuts off on purpose (route.abort: timed out, offline).
  /^Failed to load resource: net::ERR_(TIMED_OUT|INTERNET_DISCONNECTED|FAILED)$/,
];

/**
 * A test's own API calls share the browser's cookies, so Coder's CSRF rule applies to them: a write that
 * carries the session cookie also sends it as `Coder-Session-Token` (what any non-browser client does).
 */
export async function sessionHeaders(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((c) => c.name === 'coder_session_token');
  return cookie ? { 'Coder-Session-Token': cookie.value } : {};
}

export const test = base.extend<Fixtures>({
  consoleGuard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      // The worker's context outlives the test (`reuseContext`): the listeners added here go with it.
      const detach: (() => void)[] = [];
      const watch = async (ctx: BrowserContext) => {
        const onError = (e: WebError) => problems.push(`uncaught: ${e.error().stack ?? e.error().message}`);
        ctx.on('weberror', onError);
        detach.push(() => ctx.off('weberror', onError));
        // Content-Security-Policy violations (the build ships one, vite.config.ts): reported by the page's
        // own `securitypolicyviolation` event, which fires even when the blocked code swallows the error.
        await ctx.exposeBinding('__reportCspViolation', (_source, text: string) => {
          problems.push(`CSP violation: ${text}`);
        });
        await ctx.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
              .__reportCspViolation;
            report?.(
              `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
            );
          });
        });
        const onConsole = (msg: ConsoleMessage) => {
          if (msg.type() !== 'error' && msg.type() !== 'warning') return;
          const text = msg.text();
          if (EXPECTED_NOISE.some((re) => re.test(text))) return;
          const { url, lineNumber } = msg.location();
          problems.push(`console.${msg.type()}: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
        };
        ctx.on('console', onConsole);
        detach.push(() => ctx.off('console', onConsole));
      };
      await watch(context);
      const take = (re: RegExp) => {
        const taken = problems.filter((p) => re.test(p));
        for (const t of taken) problems.splice(problems.indexOf(t), 1);
        return taken;
      };
      await use({ watch, take });
      for (const d of detach) d();
      // Playwright's reset between tests leaves the network emulation as the test set it.
      await context.setOffline(false);
      expect(
        problems,
        'console errors and warnings, uncaught errors and CSP violations in the browser',
      ).toEqual([]);
    },
    { auto: true },
  ],
  tenant: [
    async ({ context, baseURL }, use, testInfo) => {
      const tenant = `t-${testInfo.testId}-${testInfo.retry}-${Date.now()}`;
      const url = new URL(baseURL ?? 'http://localhost:4173');
      await context.addCookies([{ name: 'mock_tenant', value: tenant, domain: url.hostname, path: '/' }]);
      await use(tenant);
      await context.request.delete('/__mock/tenant').catch(() => undefined);
    },
    { auto: true },
  ],
  signIn: async ({ page, context }, use) => {
    await use(async (username, path = '/') => {
      const res = await page.request.post('/api/v2/users/login', {
        data: { email: `${username}@example.com`, password: PASSWORD },
        headers: await sessionHeaders(context),
      });
      expect(res.status(), `sign in as ${username}`).toBe(201);
      await page.goto(path);
    });
  },
  api: async ({ page, context }, use) => {
    await use(async (method, path, body) => {
      const res = await page.request.fetch(path, {
        method,
        data: body,
        headers: await sessionHeaders(context),
      });
      const text = await res.text();
      return { status: res.status(), body: text ? (JSON.parse(text) as unknown) : undefined };
    });
  },
  loginElsewhere: async ({ baseURL, tenant }, use) => {
    // A fresh client per sign-in: one that kept the last session's cookie would meet Coder's CSRF rule.
    await use(async (username, password = PASSWORD) => {
      const client = await request.newContext({ baseURL, extraHTTPHeaders: { 'x-mock-tenant': tenant } });
      try {
        const res = await client.post('/api/v2/users/login', {
          data: { email: `${username}@example.com`, password },
        });
        const text = await res.text();
        return { status: res.status(), body: text ? (JSON.parse(text) as unknown) : undefined };
      } finally {
        await client.dispose();
      }
    });
  },
});

export { expect };

/** Fails on serious or critical accessibility violations (WCAG 2.0/2.1 A and AA rules) on the whole page. */
export async function expectAccessible(page: Page) {
  expect(serious(await axeScan(page), 'page')).toEqual([]);
}

/**
 * Endless animations running on the page (spinners, indeterminate progress), visible or not: each keeps
 * the browser drawing frames. A page at rest should have none.
 */
export async function endlessAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().endTime === Infinity)
      .map((a) => String(((a.effect as KeyframeEffect | null)?.target as Element | null)?.className ?? '?')),
  );
}

/**
 * Waits for the colour transitions a scheme switch starts (MUI buttons fade background and text over
 * 250 ms): mid-way, axe would measure a blend of the two schemes. Endless animations (spinners) are skipped.
 */
async function settled(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Nothing on the page scrolls sideways: the document is no wider than the window. Polled, because after a
 * resize the app switches to its phone layout in a render of its own (media queries).
 */
export async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await expect
    .poll(overflow, { message: `${what} scrolls sideways (px beyond the window)` })
    .toBeLessThanOrEqual(0);
}

/**
 * Screenshots the page as it stands in light, then dark (`<name>-light.png`, `<name>-dark.png`): the app
 * follows the system scheme live, so open menus and dialogs stay open. With `axe`, each scheme is also
 * checked for serious accessibility violations (contrast differs between them).
 */
export async function look(page: Page, name: string, opts: { axe?: boolean } = {}) {
  // Without axe and without screenshots (CI, unless SCREENSHOTS=1) there is nothing to look at: switching the
  // whole app's colour scheme twice would only cost time.
  if (!opts.axe && process.env.CI && !process.env.SCREENSHOTS) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-mui-color-scheme', colorScheme);
    await settled(page);
    if (opts.axe) await expectAccessible(page);
    await snap(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

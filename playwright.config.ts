import { defineConfig, devices } from '@playwright/test';

/**
 * E2E against the production build served by `vite preview`, with the mock Coder server mounted in it.
 * Debian's Chromium (never a downloaded browser). Each test gets its own mock tenant (see e2e/fixtures.ts).
 */
const port = Number(process.env.PREVIEW_PORT ?? 4173);
const outDir = `dist-e2e-${port}`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The static demo (mock in the browser's service worker), served by a plain static server: e2e/demo.spec.ts. */
export const demoPort = port + 100;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.PW_WORKERS ? Number(process.env.PW_WORKERS) : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    trace: 'on-first-retry',
    // The app honours "reduce motion" (src/app/theme.ts), and most tests run with it: no test waits out a
    // fade. keyboard.spec.ts and the motion test in a11y.spec.ts run with motion on, as most people do.
    reducedMotion: 'reduce',
    // One browser context per worker, reset by Playwright between tests (cookies, cache, storage, service
    // workers, routes, bindings, init scripts; e2e/fixtures.ts also lifts offline emulation). A new context
    // and page per test cost ~1 s of the ~3.5 s a short test takes. Isolation that matters here does not
    // come from the browser: each test signs in to its own mock tenant (e2e/fixtures.ts), so no test sees
    // another's server state. A test that changes a context option other than viewport, colour scheme or
    // reduced motion (the demo's baseURL) gets a fresh context, as Playwright documents.
    reuseContext: true,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
  ],
  webServer: [
    {
      command: `npx vite build --configLoader runner --logLevel warn --outDir ${outDir} && npx vite preview --configLoader runner --outDir ${outDir} --port ${port} --strictPort`,
      url: `http://localhost:${port}/api/v2/buildinfo`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      // The production build, as users get it: React's development build (StrictMode renders twice, prop
      // checks) made every test ~30 % slower. React's warnings are caught where they are cheap: every
      // component test fails on a console line (src/test/setup.ts). `E2E_NODE_ENV=development` runs this
      // suite on the development build too, where the fixtures fail a test on any warning in the browser.
      env: {
        MOCK_PERSIST: '0',
        MOCK_TENANTS: '1',
        PREVIEW_PORT: String(port),
        NODE_ENV: process.env.E2E_NODE_ENV ?? 'production',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/build-demo.mjs --outDir dist-demo-e2e-${port} && node scripts/serve-static.mjs dist-demo-e2e-${port} ${demoPort}`,
      url: `http://localhost:${demoPort}/mockServiceWorker.js`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});

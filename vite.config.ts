import fs from 'node:fs';
import { Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, PluginOption, Rolldown } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { coderMockPlugin } from './src/mock/runtimes/vite';

/**
 * Two modes:
 * - default: the mock Coder server is mounted inside Vite (dev and preview), state persisted in .mock-data/;
 * - CODER_URL=https://coder.example.com: `/api` is proxied to that deployment and the mock is off.
 */
const coderUrl = process.env.CODER_URL;
// `npm run dev -- --scale large` sets MOCK_SCALE (scripts/dev.mjs).
const scale = process.env.MOCK_SCALE === 'large' ? 'large' : 'default';
const isVitest = Boolean(process.env.VITEST);
// `npm run build:demo`: a static site whose mock Coder server runs in the browser (src/mock/runtimes/browser.ts).
const isDemo = process.env.DEMO === '1' && !coderUrl;

/** The demo ships MSW's service worker (exported by msw as `msw/mockServiceWorker.js`) at the site root. */
function demoServiceWorker(): Plugin {
  return {
    name: 'demo-service-worker',
    apply: 'build',
    generateBundle() {
      const file = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
      this.emitFile({
        type: 'asset',
        fileName: 'mockServiceWorker.js',
        source: fs.readFileSync(file, 'utf8'),
      });
    },
  };
}

/**
 * `vite preview` serves the hashed files under /assets/ as a production server would: immutable, so a
 * browser that loaded them once reuses them (and their compiled code) without asking again.
 */
function immutableAssets(): Plugin {
  return {
    name: 'immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/')) {
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name, value) =>
            setHeader(
              name,
              name.toLowerCase() === 'cache-control' ? 'public, max-age=31536000, immutable' : value,
            );
        }
        next();
      });
    },
  };
}

/**
 * Node closes an idle keep-alive connection after 5 s, while clients that pool sockets (Playwright's
 * `page.request`, proxies) may reuse one at that very moment and read ECONNRESET. Keep them open longer
 * than any client idles, as production servers behind proxies do.
 */
function longKeepAlive(): Plugin {
  const apply = (httpServer: unknown) => {
    if (httpServer instanceof Server) {
      httpServer.keepAliveTimeout = 65_000;
      httpServer.headersTimeout = 66_000;
    }
  };
  return {
    name: 'long-keep-alive',
    configureServer: (server) => apply(server.httpServer),
    configurePreviewServer: (server) => apply(server.httpServer),
  };
}

/**
 * The Content-Security-Policy every build ships (a `<meta http-equiv>` in index.html, so any static host
 * serves it). Scripts only from this origin (no inline script, no eval); styles also inline, because
 * Emotion (MUI's styling) injects `<style>` elements at run time and MUI sets `style` attributes, which a
 * nonce cannot cover. Images: this origin, http(s) avatars and icons, and `data:` ones. `frame-ancestors`
 * only works as a header (a meta copy is ignored with a console error): set it on the serving host.
 * Dev (`npm run dev`) runs without it: Vite's hot reload injects an inline script.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https: http:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const plugins: PluginOption[] = [react(), immutableAssets(), longKeepAlive(), cspMeta()];
if (isDemo) plugins.push(demoServiceWorker());
if (!coderUrl && !isVitest && !isDemo) {
  plugins.push(
    coderMockPlugin({
      scale,
      dataDir: process.env.MOCK_DATA_DIR,
      persist: process.env.MOCK_PERSIST !== '0',
      // Per-test tenants: only for test servers (Playwright's webServer sets MOCK_TENANTS=1).
      tenants: process.env.MOCK_TENANTS === '1',
    }),
  );
}
// The API, and the template and user icons Coder serves itself (/icon/*, /emojis/*).
const toCoder = { target: coderUrl, changeOrigin: true, secure: true, cookieDomainRewrite: '' };
// `/coder-csrf` is Coder's own HTML page (any dashboard route renders `<meta property="csrf-token">` and
// sets nosurf's `csrf_token` cookie): the app reads the token there, as Coder's dashboard reads its page.
const proxy = coderUrl
  ? {
      '/api': { ...toCoder, ws: true },
      '/icon': toCoder,
      '/emojis': toCoder,
      '/coder-csrf': { ...toCoder, rewrite: () => '/login' },
    }
  : undefined;

/**
 * The pages most visits start on. What their route modules import statically (beyond the entry) is put in
 * as few chunks as possible: `list` (what both use), `list-users`, `list-workspaces`. Split by which lazy
 * routes share each module, /users needed 35 chunks, and over HTTP/1.1's six connections a cold load spent
 * ~350 ms fetching them after the route module arrived (the bench's floor is one file).
 */
const LIST_ROUTES: [string, string][] = [
  ['users', 'src/app/routes/users.tsx'],
  ['workspaces', 'src/app/routes/workspaces.tsx'],
];

/** The names a module imports from MUI's barrel: `import { Button, Menu as M } from '@mui/material'`. */
function muiNames(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']@mui\/material["']/g)) {
    for (const part of m[1]?.split(',') ?? []) {
      const name = part.trim().split(/\s+/)[0];
      if (name && name !== 'type') names.push(name);
    }
  }
  return names;
}

/**
 * A package's barrel: an index re-exporting the package (only imports and exports, or very many of them).
 * Following one would take everything the package exports, not what the importer uses.
 */
const isBarrel = (info: Rolldown.ModuleInfo | null) =>
  info !== null &&
  info.id.includes('/node_modules/') &&
  (info.importedIds.length > 40 || !/\bfunction\b|=>|\bclass\b/.test(info.code ?? 'function'));

function listChunks(): Rolldown.CodeSplittingNameFunction {
  const routes = LIST_ROUTES.map(([name, file]) => ({ name, file: path.resolve(import.meta.dirname, file) }));
  let closures: { name: string; ids: Set<string> }[] | undefined;
  // What a route imports statically. Through MUI's barrel (`@mui/material`, which re-exports every
  // component) only the components the importing module names are followed; other packages' barrels
  // (`@mui/system`, TanStack Query) are not followed: what the page uses of them is mostly in the entry,
  // and the rest would bring along whatever any other page uses of them.
  const closure = (root: string, ctx: Rolldown.ChunkingContext) => {
    const seen = new Set<string>();
    const stack = [root];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      const info = ctx.getModuleInfo(id);
      for (const dep of info?.importedIds ?? []) {
        const depInfo = ctx.getModuleInfo(dep);
        if (dep.endsWith('/node_modules/@mui/material/index.mjs')) {
          for (const name of muiNames(info?.code ?? '')) {
            const target = depInfo?.importedIds.find((x) => x.endsWith(`/@mui/material/${name}/index.mjs`));
            if (target) stack.push(target);
          }
        } else if (!isBarrel(depInfo)) stack.push(dep);
      }
    }
    return seen;
  };
  return (id, ctx) => {
    closures ??= routes.map(({ name, file }) => ({ name, ids: closure(file, ctx) }));
    // The route modules keep chunks of their own (the router loads them by name).
    if (routes.some(({ file }) => file === id)) return null;
    const usedBy = closures.filter(({ ids }) => ids.has(id)).map(({ name }) => name);
    return usedBy.length === 0 ? null : usedBy.length > 1 ? 'list' : `list-${usedBy[0]}`;
  };
}

/** The one node test file that mocks modules (vi.mock): run apart, isolated. */
const NODE_ISOLATED = 'contract/traffic.test.ts';

export default defineConfig({
  plugins,
  define: {
    'import.meta.env.VITE_MOCK_MODE': JSON.stringify(coderUrl ? 'false' : 'true'),
    'import.meta.env.VITE_DEMO': JSON.stringify(isDemo ? 'true' : 'false'),
  },
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: Number(process.env.PREVIEW_PORT ?? 4173), strictPort: true, proxy },
  build: {
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Rolldown's automatic splitting made a chunk for every set of lazy routes sharing a module: each new
        // route split the shared MUI code finer (42 chunks for /users, 67 once the organization tabs became
        // routes), and every chunk costs a request and its own gzip dictionary. Three groups instead, first
        // match wins:
        // - `app`: everything the entry imports statically (`$initial`), in one chunk;
        // - `list…`: the first load of /users and /workspaces (`listChunks` above), in one to three chunks;
        // - `shared`: code several other lazy routes share, split by which routes use it (a route never
        //   loads what only others use). Small pieces are not merged into neighbours: a merge once put a
        //   piece /users needs into the groups' form chunk, and /users loaded react-hook-form.
        // Not in the static demo: its entry awaits the in-browser mock at the top level (main.tsx), and a
        // mock chunk importing back into a grouped entry chunk would wait on that entry forever.
        codeSplitting: isDemo || {
          groups: [
            { name: 'app', tags: ['$initial'], priority: 3 },
            { name: listChunks(), debugName: 'list', priority: 2 },
            { name: 'shared', minShareCount: 2, entriesAware: true, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    testTimeout: 30_000,
    pool: 'threads',
    // Vitest's default is one worker on a 2-core machine (cores − 1); two cut the run from ~257 s to ~174 s
    // here (the main process mostly waits).
    maxWorkers: 2,
    projects: [
      {
        // Components and pages, in jsdom. Files share their worker's modules and jsdom (no per-file
        // re-import of React and MUI: the suite runs in half the time); setup.ts resets DOM, storage and mock state after each test.
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/test/setup.mock.ts', './src/test/setup.ts'],
          isolate: false,
        },
      },
      {
        // The mock server, pure logic and the contract tests: no DOM. Files share their worker's modules
        // too: isolated, each file re-imported the mock and msw in its setup (~30 s of a 43 s project run).
        // setup.mock.ts resets the mock's state after each test.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'contract/**/*.test.ts'],
          exclude: [...configDefaults.exclude, NODE_ISOLATED],
          setupFiles: ['./src/test/setup.mock.ts'],
          isolate: false,
        },
      },
      {
        // The traffic contract test replaces modules with vi.mock: it gets modules of its own.
        extends: true,
        test: {
          name: 'node-isolated',
          environment: 'node',
          include: [NODE_ISOLATED],
          setupFiles: ['./src/test/setup.mock.ts'],
        },
      },
    ],
  },
});

/**
 * The mock Coder server inside Vite: the MSW handlers answer `/api/*` (and `/__mock/*`) as middleware of
 * both `vite` (dev) and `vite preview` (Playwright), so one process serves the app and its API.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { CSRF_PAGE_PATH } from '../csrf';
import { respond } from '../handlers';
import type { SeedScale } from '../seed';
import { configureMock, seedFactory, TENANTS_REFUSED, tenantOf, tenantsAccepted } from '../state';
import { declaredTooLarge, discardUnread, MAX_BODY_BYTES, toRequest, tooLargeBody } from './body';
import { dataFile, openStore, type Store } from './persist';

/** Sent by `npm run mock:reset` so that it resets the server it found in the lock file and no other. */
export const INSTANCE_HEADER = 'x-mock-instance';

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('set-cookie', cookies);
  // Chunk by chunk, as the handler made them: a memoized body is written without a copy (see rawJson).
  if (response.body) {
    const reader = response.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) res.write(next.value);
  }
  res.end();
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

/** A browser asking for a page of the app (its HTML), not for the API, a module or a file. */
function isPageRequest(req: IncomingMessage, url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return (
    req.method === 'GET' &&
    (req.headers.accept ?? '').includes('text/html') &&
    !/^\/(api|__mock|assets|@[a-z]+|src|node_modules)\//.test(pathname) &&
    !/\.[a-z0-9]+$/i.test(pathname)
  );
}

/**
 * The app's HTML for a page URL, as the server hosting the mock would send it (dev: transformed; preview:
 * built); undefined where another page lives (the bench's floor page under `/floor/`).
 */
type PageHtml = (url: string) => Promise<string | undefined>;

/**
 * The app's HTML as Coder serves its dashboard: with this browser's CSRF token in
 * `<meta property="csrf-token">` (the `csrf_token` cookie issued if missing) and not cached, so the app's
 * first write (the permission check, at boot) needs no extra round trip for the token. The token and the
 * cookie come from the mock's own CSRF page.
 */
async function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
  url: string,
  html: PageHtml,
) {
  const page = await respond(
    new Request(new URL(CSRF_PAGE_PATH, 'http://mock.invalid'), {
      headers: { cookie: req.headers.cookie ?? '' },
    }),
  );
  const meta = page && /<meta property="csrf-token"[^>]*>/.exec(await page.text())?.[0];
  const app = await html(url);
  if (app === undefined) return next();
  const body = app.replace('</head>', meta ? `  ${meta}\n  </head>` : '</head>');
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  const cookies = page?.headers.getSetCookie() ?? [];
  if (cookies.length) res.setHeader('set-cookie', cookies);
  res.end(body);
}

/** The mock as Connect middleware: answers `/api/*`, `/__mock/*` and the CSRF page, passes on the rest. */
function middleware(store: () => Store | undefined, html?: PageHtml): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.originalUrl ?? req.url ?? '';
    if (html && isPageRequest(req, url)) {
      sendPage(req, res, next, url, html).catch(() => next());
      return;
    }
    const csrfPage = url === CSRF_PAGE_PATH || url.startsWith(`${CSRF_PAGE_PATH}?`);
    if (!url.startsWith('/api/') && !url.startsWith('/__mock/') && !csrfPage) return next();
    const instance = req.headers[INSTANCE_HEADER];
    if (instance !== undefined && instance !== store()?.instance) {
      return sendJson(res, 409, { message: 'This is not the mock server the request was meant for.' });
    }
    if (declaredTooLarge(req, MAX_BODY_BYTES)) {
      discardUnread(req);
      return sendJson(res, 413, tooLargeBody(MAX_BODY_BYTES));
    }
    const { request, body } = toRequest(req);
    if (!tenantsAccepted() && tenantOf(request) !== undefined) return sendJson(res, 400, TENANTS_REFUSED);
    void (async () => {
      const started = performance.now();
      const response = await respond(request);
      // The mock's own time per request, for the benchmark (standard Server-Timing header).
      if (response) res.setHeader('server-timing', `mock;dur=${(performance.now() - started).toFixed(2)}`);
      // A body left unread (e.g. refused before authentication): dropped, never parsed.
      if (!body.consumed) body.discard();
      if (response) await send(res, response);
      else next();
    })().catch((e: unknown) => {
      if (res.headersSent) return res.destroy();
      if (body.tooLarge) {
        body.discard();
        return sendJson(res, 413, tooLargeBody(MAX_BODY_BYTES));
      }
      sendJson(res, 500, { message: 'Internal error in the mock server.', detail: String(e) });
    });
  };
}

export type MockPluginOptions = {
  scale?: SeedScale;
  dataDir?: string;
  persist?: boolean;
  /** Accept `x-mock-tenant`/`mock_tenant` (test runs only). */
  tenants?: boolean;
};

type HttpServerLike = { once: (e: string, cb: () => void) => void; address: () => unknown } | null;

/**
 * The mock for one server: `attach(httpServer)` opens the data file (when persisting: never at config time,
 * so `vite build` does not touch it) and releases it when that server closes; `middleware` answers requests.
 */
export function mockServer(opts: MockPluginOptions = {}) {
  const scale = opts.scale ?? 'default';
  configureMock({ scale, tenants: opts.tenants ?? false });
  let store: Store | undefined;
  const attach = (httpServer: HttpServerLike) => {
    if (opts.persist === false || store) return;
    const dir = path.resolve(opts.dataDir ?? '.mock-data');
    const opened = openStore(dataFile(dir, scale), seedFactory());
    store = opened;
    configureMock({ primary: opened.db });
    httpServer?.once('listening', () => opened.listening((httpServer.address() as AddressInfo).port));
    httpServer?.once('close', () => {
      opened.close();
      if (store === opened) store = undefined;
    });
  };
  return {
    attach,
    middleware: middleware(() => store),
    /** The same, also serving the app's pages with the CSRF token in them (see `sendPage`). */
    withPages: (html: PageHtml) => middleware(() => store, html),
  };
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  );

export function coderMockPlugin(opts: MockPluginOptions = {}): Plugin {
  const mock = mockServer(opts);
  return {
    name: 'coder-mock-server',
    configureServer(server) {
      mock.attach(server.httpServer);
      const index = path.join(server.config.root, 'index.html');
      server.middlewares.use(
        mock.withPages(async (url) => server.transformIndexHtml(url, await fs.readFile(index, 'utf8'))),
      );
    },
    configurePreviewServer(server) {
      mock.attach(server.httpServer);
      const dist = path.resolve(server.config.root, server.config.build.outDir);
      const ownPage = (url: string) => path.join(dist, decodeURI(url.split('?')[0] ?? ''), 'index.html');
      server.middlewares.use(
        mock.withPages(async (url) =>
          // A folder with a page of its own (the bench's floor) is served as it is.
          url !== '/' && (await exists(ownPage(url)))
            ? undefined
            : fs.readFile(path.join(dist, 'index.html'), 'utf8'),
        ),
      );
    },
  };
}

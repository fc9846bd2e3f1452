/**
 * The mock Coder server inside Vite: the MSW handlers answer `/api/*` (and `/__mock/*`) as middleware of
 * both `vite` (dev) and `vite preview` (Playwright), so one process serves the app and its API.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { CSRF_PAGE_PATH } from '../csrf';
import { respond } from '../handlers';
import type { SeedScale } from '../seed';
import { configureMock, seedFactory } from '../state';
import { dataFile, persistentDb } from './persist';

async function toRequest(req: IncomingMessage & { originalUrl?: string }): Promise<Request> {
  const url = new URL(req.originalUrl ?? req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(url, { method, headers, body });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('set-cookie', cookies);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** The mock as Connect middleware: answers `/api/*`, `/__mock/*` and the CSRF page, passes on the rest. */
export function mockMiddleware(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = req.originalUrl ?? req.url ?? '';
    const csrfPage = url === CSRF_PAGE_PATH || url.startsWith(`${CSRF_PAGE_PATH}?`);
    if (!url.startsWith('/api/') && !url.startsWith('/__mock/') && !csrfPage) return next();
    void (async () => {
      const request = await toRequest(req);
      const started = performance.now();
      const response = await respond(request);
      // The mock's own time per request, for the benchmark (standard Server-Timing header).
      if (response) res.setHeader('server-timing', `mock;dur=${(performance.now() - started).toFixed(2)}`);
      if (response) await send(res, response);
      else next();
    })().catch((e: unknown) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ message: 'Internal error in the mock server.', detail: String(e) }));
    });
  };
}

export type MockPluginOptions = { scale?: SeedScale; dataDir?: string; persist?: boolean };

export function coderMockPlugin(opts: MockPluginOptions = {}): Plugin {
  const scale = opts.scale ?? 'default';
  configureMock({ scale });
  if (opts.persist !== false) {
    const dir = path.resolve(opts.dataDir ?? '.mock-data');
    configureMock({ primary: persistentDb(dataFile(dir, scale), seedFactory()).db });
  }
  return {
    name: 'coder-mock-server',
    configureServer(server) {
      server.middlewares.use(mockMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(mockMiddleware());
    },
  };
}

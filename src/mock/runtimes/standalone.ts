/**
 * The mock as a Coder server on its own port, with no dashboard: `/api/*` from the MSW handlers, and on
 * any other GET the HTML Coder renders for its own dashboard (reduced to the `csrf-token` meta tag). It is
 * what `CODER_URL=http://localhost:<port> npm run dev` (real mode) is proved against in CI.
 */
import { createServer, type Server } from 'node:http';
import { CSRF_PAGE_PATH } from '../csrf';
import type { SeedScale } from '../seed';
import { mockServer } from './vite';

export type StandaloneOptions = {
  port: number;
  host?: string;
  scale?: SeedScale;
  dataDir?: string;
  persist?: boolean;
};

export function startMockCoder(opts: StandaloneOptions): Promise<Server> {
  const mock = mockServer({ scale: opts.scale, dataDir: opts.dataDir, persist: opts.persist });
  const answer = mock.middleware;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const isApi = url.startsWith('/api/') || url.startsWith('/__mock/');
    if (!isApi && (req.method === 'GET' || req.method === 'HEAD')) req.url = CSRF_PAGE_PATH;
    answer(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('404 page not found\n');
    });
  });
  mock.attach(server); // opens the data file; the lock file gets the port once listening
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve(server));
  });
}

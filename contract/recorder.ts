/** Records what the mock answers (msw/node `server` from the global test setup), request and response bodies included. */
import { server } from '../src/mock/runtimes/node';
import type { Exchange } from './checks';

async function readJson(r: Request | Response): Promise<unknown> {
  const text = await r.clone().text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Starts recording `/api/` traffic; `stop()` resolves every exchange seen since. */
export function recordTraffic() {
  const requests = new Map<string, Promise<unknown>>();
  const exchanges: Promise<Exchange>[] = [];
  const onRequest = ({ request, requestId }: { request: Request; requestId: string }) => {
    if (new URL(request.url).pathname.startsWith('/api/')) requests.set(requestId, readJson(request));
  };
  const onResponse = ({
    request,
    requestId,
    response,
  }: {
    request: Request;
    requestId: string;
    response: Response;
  }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/')) return;
    exchanges.push(
      (async () => ({
        method: request.method,
        pathname: url.pathname,
        query: [...new Set(url.searchParams.keys())],
        requestBody: await requests.get(requestId),
        status: response.status,
        responseBody: await readJson(response),
      }))(),
    );
  };
  server.events.on('request:start', onRequest);
  server.events.on('response:mocked', onResponse);
  return {
    async stop(): Promise<Exchange[]> {
      server.events.removeListener('request:start', onRequest);
      server.events.removeListener('response:mocked', onResponse);
      return Promise.all(exchanges);
    },
  };
}

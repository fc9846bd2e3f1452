/** Test helper: answer a GET as the mock does, with the JSON body edited (a server that differs from ours). */
import { http, HttpResponse } from 'msw';
import { server } from '../mock/runtimes/node';

const ORIGINAL = 'x-test-original';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function rewriteGet(path: string, edit: (body: any) => unknown) {
  server.use(
    http.get(path, async ({ request }) => {
      if (request.headers.get(ORIGINAL)) return undefined; // falls through to the mock's own handler
      const headers = new Headers(request.headers);
      headers.set(ORIGINAL, '1');
      const res = await fetch(request.url, { headers });
      if (!res.ok) return res;
      return HttpResponse.json(edit(await res.json()) as object, { status: res.status });
    }),
  );
}

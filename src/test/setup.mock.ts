import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mock/runtimes/node';
import { primaryDb } from '../mock/state';

// Every test file talks to the same MSW handlers the dev server and the browser use, on a fresh seed.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  primaryDb().reset();
});
afterAll(() => server.close());

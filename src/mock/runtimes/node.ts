/** msw/node server for Vitest: the same handlers, each test file on its own in-memory tenant. */
import { setupServer } from 'msw/node';
import { handlers } from '../handlers';

export const server = setupServer(...handlers);

/** msw/node server for Vitest: the same handlers; tests may use tenants (`x-mock-tenant`). */
import { setupServer } from 'msw/node';
import { handlers } from '../handlers';
import { configureMock } from '../state';

configureMock({ tenants: true });
export const server = setupServer(...handlers);

/**
 * All mock handlers, in match order. Feature handler lists go before `controlHandlers`,
 * whose last entry is the catch-all 404 for unknown `/api` routes.
 */
import { authHandlers } from './auth';
import { authcheckHandlers } from './authcheck';
import { controlHandlers } from './control';
import { deploymentHandlers } from './deployment';
import { organizationReadHandlers } from './organizations';
import { userDetailHandlers, userReadHandlers } from './users';

export const handlers = [
  ...authHandlers,
  ...authcheckHandlers,
  ...deploymentHandlers,
  ...userReadHandlers,
  ...organizationReadHandlers,
  // `/users/:user` last among user routes so it never shadows `/users/roles`, `/users/login`, ...
  ...userDetailHandlers,
  ...controlHandlers,
];

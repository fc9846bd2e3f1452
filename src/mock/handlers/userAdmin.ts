/** Users administration (issue 4): create, profile, status, password, roles, delete. */
import type { HttpHandler } from 'msw';

export const userAdminHandlers: HttpHandler[] = [];

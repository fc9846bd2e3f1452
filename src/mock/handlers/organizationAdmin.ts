/** Organizations (issue 5): create, update, delete; members; org roles; custom roles. */
import type { HttpHandler } from 'msw';

export const organizationAdminHandlers: HttpHandler[] = [];

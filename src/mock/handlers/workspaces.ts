/** Workspaces and builds (issue 6). */
import type { HttpHandler } from 'msw';

export const workspaceHandlers: HttpHandler[] = [];

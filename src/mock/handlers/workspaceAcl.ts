/** Workspace sharing ACL and org sharing settings (issue 6). */
import type { HttpHandler } from 'msw';

export const workspaceAclHandlers: HttpHandler[] = [];

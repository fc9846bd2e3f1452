/** Groups (issue 5). */
import type { HttpHandler } from 'msw';

export const groupHandlers: HttpHandler[] = [];

/** Templates (issue 6). */
import type { HttpHandler } from 'msw';

export const templateHandlers: HttpHandler[] = [];

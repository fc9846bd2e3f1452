/** Path helper: handlers match `/api/v2/...` on any origin (dev server, msw/node, browser worker). */
export const api = (path: string) => `*/api/v2${path}`;

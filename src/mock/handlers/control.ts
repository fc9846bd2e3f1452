/**
 * Mock-only controls (outside `/api/v2`, never called by the app): reset the data, and switch the
 * deployment between Premium/OSS and sharing on/off so both states can be tested end to end.
 */
import { http } from 'msw';
import { json, message, readJson } from '../responses';
import { dbFor, dropTenant, tenantOf } from '../state';
import { api } from './api';

export const controlHandlers = [
  http.post('*/__mock/reset', ({ request }) => {
    dbFor(request).reset();
    return json({ message: 'Mock data reset.' });
  }),
  http.delete('*/__mock/tenant', ({ request }) => {
    const t = tenantOf(request);
    if (t) dropTenant(t);
    return json({ message: 'Tenant dropped.' });
  }),
  http.post('*/__mock/expire-sessions', ({ request }) => {
    const db = dbFor(request);
    const past = new Date(Date.now() - 1000).toISOString();
    for (const s of db.data.sessions) s.expires_at = past;
    db.changed();
    return json({ message: 'All sessions expired.' });
  }),
  http.post('*/__mock/deployment', async ({ request }) => {
    const db = dbFor(request);
    const body = await readJson<{
      premium?: boolean;
      disable_workspace_sharing?: boolean;
      build_timing?: { pending_ms: number; running_ms: number };
      max_token_lifetime_ms?: number;
      github_auth?: boolean;
      oidc_auth?: boolean;
    }>(request);
    if (body instanceof Response) return body;
    Object.assign(db.data.deployment, body);
    db.changed();
    return json(db.data.deployment);
  }),
  // Anything else under /api answers like Coder's router: 404 JSON, never the SPA's index.html.
  http.all(api('/*'), ({ request }) =>
    message(
      404,
      'Route not found.',
      `${request.method} ${new URL(request.url).pathname} is not an API route.`,
    ),
  ),
];

/**
 * Mock-only controls (outside `/api/v2`, never called by the app): reset the data, and switch the
 * deployment between Premium/OSS and sharing on/off so both states can be tested end to end. Same-origin
 * only: a page on another site must not reset or reconfigure someone's mock. Real-mode (`CODER_URL`)
 * servers do not mount the mock at all, so these paths do not exist there.
 */
import { http, type HttpResponseResolver } from 'msw';
import type { DeploymentRow } from '../db';
import { badRequest, json, message, readJson, type Validation } from '../responses';
import { dbFor, dropTenant, tenantOf } from '../state';
import { api } from './api';

/** True for a browser request from another origin (Fetch Metadata first, then `Origin`). */
export function crossOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.get('origin');
  return Boolean(origin && origin !== new URL(request.url).origin);
}

const sameOrigin =
  (fn: HttpResponseResolver): HttpResponseResolver =>
  (info) =>
    crossOrigin(info.request)
      ? message(
          403,
          'Mock controls accept same-origin requests only.',
          'This request came from another origin (Origin / Sec-Fetch-Site).',
        )
      : fn(info);

const isDuration = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3_600_000;

/** The deployment switches a body may set, checked field by field (never merged unchecked). */
function deploymentPatch(body: unknown): Partial<DeploymentRow> | Validation[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return [{ field: '', detail: 'The body must be a JSON object.' }];
  const out: Partial<DeploymentRow> = {};
  const errors: Validation[] = [];
  for (const [field, v] of Object.entries(body)) {
    if (
      field === 'premium' ||
      field === 'disable_workspace_sharing' ||
      field === 'github_auth' ||
      field === 'oidc_auth'
    ) {
      if (typeof v === 'boolean') out[field] = v;
      else errors.push({ field, detail: `${field} must be true or false.` });
    } else if (field === 'build_timing') {
      const t = v as { pending_ms?: unknown; running_ms?: unknown } | null;
      if (t && typeof t === 'object' && isDuration(t.pending_ms) && isDuration(t.running_ms))
        out.build_timing = { pending_ms: Number(t.pending_ms), running_ms: Number(t.running_ms) };
      else
        errors.push({
          field,
          detail: 'build_timing must be {pending_ms, running_ms}, integers from 0 to 3600000.',
        });
    } else if (field === 'max_token_lifetime_ms') {
      if (typeof v === 'number' && Number.isInteger(v) && v > 0) out.max_token_lifetime_ms = v;
      else errors.push({ field, detail: 'max_token_lifetime_ms must be a positive integer.' });
    } else errors.push({ field, detail: `Unknown field "${field}".` });
  }
  return errors.length ? errors : out;
}

export const controlHandlers = [
  http.post(
    '*/__mock/reset',
    sameOrigin(({ request }) => {
      dbFor(request).reset();
      return json({ message: 'Mock data reset.' });
    }),
  ),
  http.delete(
    '*/__mock/tenant',
    sameOrigin(({ request }) => {
      const t = tenantOf(request);
      if (t) dropTenant(t);
      return json({ message: 'Tenant dropped.' });
    }),
  ),
  http.post(
    '*/__mock/expire-sessions',
    sameOrigin(({ request }) => {
      const db = dbFor(request);
      const past = new Date(Date.now() - 1000).toISOString();
      for (const s of db.data.sessions) s.expires_at = past;
      db.changed({ sessions: db.data.sessions });
      return json({ message: 'All sessions expired.' });
    }),
  ),
  http.post(
    '*/__mock/deployment',
    sameOrigin(async ({ request }) => {
      const db = dbFor(request);
      const body = await readJson<unknown>(request);
      if (body instanceof Response) return body;
      const patch = deploymentPatch(body);
      if (Array.isArray(patch)) return badRequest('Invalid mock deployment settings.', undefined, patch);
      Object.assign(db.data.deployment, patch);
      db.changed({});
      return json(db.data.deployment);
    }),
  ),
  // Anything else under /api answers like Coder's router: 404 JSON, never the SPA's index.html.
  http.all(api('/*'), ({ request }) =>
    message(
      404,
      'Route not found.',
      `${request.method} ${new URL(request.url).pathname} is not an API route.`,
    ),
  ),
];

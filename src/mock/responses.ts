/** Coder-shaped responses (`codersdk.Response`) so handlers stay short. */
import { HttpResponse } from 'msw';

export type Validation = { field: string; detail: string };

export const json = (body: unknown, status = 200) => HttpResponse.json(body as never, { status });
export const noContent = () => new HttpResponse(null, { status: 204 });
export const message = (status: number, msg: string, detail?: string, validations?: Validation[]) =>
  HttpResponse.json(
    {
      message: msg,
      ...(detail ? { detail } : {}),
      ...(validations && validations.length ? { validations } : {}),
    },
    { status },
  );

export const SIGNED_OUT = 'You are signed out or your session has expired. Please sign in again to continue.';
export const unauthorized = (detail?: string) => message(401, SIGNED_OUT, detail);
export const forbidden = (msg = 'Forbidden.') =>
  message(
    403,
    msg,
    msg === 'Forbidden.'
      ? "You don't have permission to view this content. If you believe this is a mistake, please contact your administrator or try signing in with different credentials."
      : undefined,
  );
export const NOT_FOUND = 'Resource not found or you do not have access to this resource';
export const notFound = (msg = NOT_FOUND) => message(404, msg);
export const badRequest = (msg: string, detail?: string, validations?: Validation[]) =>
  message(400, msg, detail, validations);
export const validationFailed = (validations: Validation[]) =>
  message(400, 'Validation failed.', undefined, validations);
export const premiumRequired = (feature: string) =>
  message(403, `${feature} is a Premium feature. Contact sales!`);

/** Reads a JSON body; returns a Coder 400 response when it is not JSON. */
export async function readJson<T = Record<string, unknown>>(request: Request): Promise<T | Response> {
  const text = await request.text();
  try {
    return (text ? JSON.parse(text) : {}) as T;
  } catch (e) {
    return badRequest('Request body must be valid JSON.', e instanceof Error ? e.message : String(e));
  }
}

/** `limit`/`offset` per Coder: non-negative integers; 0/omitted limit = everything. */
export function pagination(url: URL): { limit: number; offset: number } | Response {
  const out = { limit: 0, offset: 0 };
  const validations: Validation[] = [];
  for (const key of ['limit', 'offset'] as const) {
    const raw = url.searchParams.get(key);
    if (raw === null || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      validations.push({ field: key, detail: `Query param "${key}" must be a valid integer: ${raw}` });
    else out[key] = n;
  }
  if (validations.length) return badRequest('Query parameters have invalid values.', undefined, validations);
  return out;
}

export function paginate<T>(rows: T[], p: { limit: number; offset: number }): T[] {
  return p.limit > 0 ? rows.slice(p.offset, p.offset + p.limit) : rows.slice(p.offset);
}

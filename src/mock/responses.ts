/** Coder-shaped responses (`codersdk.Response`) so handlers stay short. */
import { HttpResponse } from 'msw';
import { parseUuid } from './uuid';

export type Validation = { field: string; detail: string };

export const json = (body: unknown, status = 200) => HttpResponse.json(body as never, { status });
export const noContent = () => new HttpResponse(null, { status: 204 });
/**
 * A body already serialized (e.g. memoized per change), sent as JSON without re-encoding it. Bytes are
 * handed over as one stream chunk: `new Response(bytes)` would copy them (4.5 MB for the groups of a large
 * organization), and the server writes the chunk to the socket as it is (runtimes/vite.ts, `send`).
 */
export const rawJson = (body: string | Uint8Array<ArrayBuffer>, status = 200) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (typeof body === 'string') return new HttpResponse(body, { status, headers });
  headers['Content-Length'] = String(body.byteLength);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
  return new HttpResponse(stream, { status, headers });
};
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

export type Page = { limit: number; offset: number; afterId?: string };

const INT32_MAX = 2 ** 31 - 1;

/** Go's `strconv.ParseInt(v, 10, 32)` plus Coder's "value is negative"; the error text, if any. */
function int32Problem(raw: string): string | undefined {
  if (!/^[+-]?\d+$/.test(raw)) return `strconv.ParseInt: parsing "${raw}": invalid syntax`;
  const n = Number(raw);
  if (n > INT32_MAX || n < -INT32_MAX - 1) return `strconv.ParseInt: parsing "${raw}": value out of range`;
  return n < 0 ? 'value is negative' : undefined;
}

/**
 * Coder's `parsePagination`: `limit`/`offset` are 32-bit non-negative integers written as plain decimals
 * (0/omitted limit = everything), `after_id` a uuid.
 */
export function pagination(url: URL): Page | Response {
  const out: Page = { limit: 0, offset: 0 };
  const validations: Validation[] = [];
  const afterId = url.searchParams.get('after_id');
  if (afterId) {
    const r = parseUuid(afterId);
    if ('error' in r)
      validations.push({ field: 'after_id', detail: 'Query param "after_id" must be a valid uuid' });
    else out.afterId = r.id;
  }
  for (const key of ['limit', 'offset'] as const) {
    const raw = url.searchParams.get(key);
    if (raw === null || raw === '') continue;
    const problem = int32Problem(raw);
    if (problem)
      validations.push({
        field: key,
        detail: `Query param "${key}" must be a valid 32-bit positive integer: ${problem}`,
      });
    else out[key] = Number(raw);
  }
  if (validations.length) return badRequest('Query parameters have invalid values.', undefined, validations);
  return out;
}

export function paginate<T>(rows: T[], p: { limit: number; offset: number }): T[] {
  return p.limit > 0 ? rows.slice(p.offset, p.offset + p.limit) : rows.slice(p.offset);
}

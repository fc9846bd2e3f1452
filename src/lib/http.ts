import { z, type ZodMiniType } from 'zod/mini';
import { getSessionToken } from './session';

// No `new Function` (zod's compiled object parsers): the production build's Content-Security-Policy has no
// 'unsafe-eval', and even zod's guarded probe for it would be reported as a violation.
z.config({ jitless: true });

/** Coder's error body (`codersdk.Response`). */
export type CoderValidation = { field: string; detail: string };
export type CoderErrorBody = { message: string; detail?: string; validations?: CoderValidation[] };

export class ApiError extends Error {
  readonly status: number;
  readonly body: CoderErrorBody;
  constructor(status: number, body: CoderErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
  get detail(): string | undefined {
    return this.body.detail;
  }
  get validations(): CoderValidation[] {
    return this.body.validations ?? [];
  }
}

/** A request that never reached a server (offline, DNS, proxy down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached. Check your connection and that the Coder server is running.', {
      cause,
    });
    this.name = 'NetworkError';
  }
}

/**
 * The server answered 2xx, but without fields this dashboard needs (an older or different Coder version).
 * Extra fields never cause this: schemas are strict only about what the UI uses.
 */
export class UnsupportedResponseError extends Error {
  readonly endpoint: string;
  readonly issues: string[];
  constructor(endpoint: string, issues: string[]) {
    super(
      `This Coder server answered ${endpoint} without data this dashboard needs (${issues.slice(0, 3).join('; ')}).`,
    );
    this.name = 'UnsupportedResponseError';
    this.endpoint = endpoint;
    this.issues = issues;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/**
 * True when the server does not offer what was asked: an endpoint it lacks (Coder's router answers 404
 * "Route not found." or 405) or a response missing fields the UI needs. Show "not supported by this server
 * version" instead of an error.
 */
export function isUnsupported(e: unknown): boolean {
  if (e instanceof UnsupportedResponseError) return true;
  if (!isApiError(e)) return false;
  return (e.status === 404 && e.body.message === 'Route not found.') || e.status === 405;
}

/** True for Coder's 403 "<Feature> is a Premium feature. Contact sales!" (a missing entitlement). */
export function isPremiumRequired(e: unknown): boolean {
  return isApiError(e) && e.status === 403 && /is a Premium feature/i.test(e.body.message);
}

export function errorMessage(e: unknown, fallback = 'Something went wrong.'): string {
  if (isApiError(e)) return e.body.message || fallback;
  if (e instanceof Error && e.message) return e.message;
  return fallback;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | undefined | null>;

type Options<T> = {
  method?: Method;
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** Parses the JSON body; omit for endpoints that answer 204 / no body. */
  schema?: ZodMiniType<T>;
};

/** Base origin for API calls: same origin in the browser (Vite proxies or mounts the API). */
function baseUrl(): string {
  return typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
}

export function apiUrl(path: string, query?: Query): string {
  const url = new URL(path, baseUrl());
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  }
  return url.toString();
}

function toErrorBody(status: number, raw: unknown, text: string, statusText: string): CoderErrorBody {
  if (raw && typeof raw === 'object' && 'message' in raw && typeof raw.message === 'string') {
    return raw as CoderErrorBody;
  }
  // Some of Coder's refusals are plain text (its CSRF check, proxies): show that text, not "Bad Request".
  const plain = raw === undefined && !/^\s*</.test(text) ? text.trim().slice(0, 500) : '';
  return { message: plain || statusText || `Request failed with status ${status}.` };
}

/**
 * Coder's CSRF protection: a write that carries the session cookie needs the nosurf token Coder renders
 * into its HTML (`<meta property="csrf-token">`), as Coder's own dashboard sends it. The token is read
 * from this page's HTML if a Coder server rendered it, otherwise from the HTML at CSRF_PAGE_PATH (the mock
 * serves it; in real mode the proxy forwards it to Coder's own page). It stays in memory only: it is no
 * secret by itself (useless without the HttpOnly `csrf_token` cookie) and is fetched again after a reload.
 */
export const CSRF_PAGE_PATH = '/coder-csrf';
const CSRF_META = /<meta[^>]*property=["']csrf-token["'][^>]*content=["']([^"']+)["']/i;
const CSRF_FAILURE = /something is wrong with your csrf token/i;
let csrfToken: Promise<string | undefined> | undefined;
/** The page's token was refused once (the cookie changed since the page was rendered): ask the server. */
let pageTokenStale = false;

/**
 * The token rendered into this page (`<meta property="csrf-token">`: Coder's own HTML, and the mock's),
 * read synchronously so that a write started while the app boots (the permission check) goes out at once
 * instead of after a round trip and the first render.
 */
function pageCsrfToken(): string | undefined {
  if (pageTokenStale || typeof document === 'undefined') return undefined;
  const inPage = document.querySelector('meta[property="csrf-token"]')?.getAttribute('content');
  return inPage && !inPage.includes('{{') ? inPage : undefined;
}

async function fetchCsrfToken(): Promise<string | undefined> {
  try {
    const res = await fetch(apiUrl(CSRF_PAGE_PATH), { credentials: 'include', cache: 'no-store' });
    return res.ok ? CSRF_META.exec(await res.text())?.[1] : undefined;
  } catch {
    return undefined; // unreachable: the write itself will report it
  }
}

function csrfHeader(refresh: boolean): Promise<string | undefined> {
  if (refresh) pageTokenStale = true;
  if (refresh || !csrfToken) csrfToken = fetchCsrfToken();
  return csrfToken;
}

/** The one HTTP layer. Every call to the Coder API goes through here. */
export async function http<T = void>(path: string, opts: Options<T> = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = getSessionToken();
  if (token) headers['Coder-Session-Token'] = token;
  const method = opts.method ?? 'GET';

  const send = async (refreshCsrf: boolean) => {
    if (method !== 'GET') {
      const csrf = (!refreshCsrf && pageCsrfToken()) || (await csrfHeader(refreshCsrf));
      if (csrf) headers['X-CSRF-TOKEN'] = csrf;
    }
    try {
      return await fetch(apiUrl(path, opts.query), {
        method,
        headers,
        credentials: 'include',
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new NetworkError(e);
    }
  };

  let res = await send(false);
  let text = await res.text();
  // A token minted before the `csrf_token` cookie changed (another tab, cleared cookies): fetch it again once.
  if (res.status === 400 && method !== 'GET' && CSRF_FAILURE.test(text)) {
    res = await send(true);
    text = await res.text();
  }
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (!res.ok) {
    // A proxy in front of a stopped server answers 502/504 with HTML: treat as unreachable.
    if ((res.status === 502 || res.status === 503 || res.status === 504) && json === undefined) {
      throw new NetworkError(new Error(`HTTP ${res.status}`));
    }
    throw new ApiError(res.status, toErrorBody(res.status, json, text, res.statusText));
  }
  if (!opts.schema) return undefined as T;
  const parsed = opts.schema.safeParse(json);
  if (parsed.success) return parsed.data;
  // The issues in English: zod's messages load when first needed (zodEnglish.ts), and a message is made
  // as the value is parsed, so the answer is read again with them.
  await import('./zodEnglish');
  const issues = opts.schema.safeParse(json).error?.issues ?? parsed.error.issues;
  throw new UnsupportedResponseError(
    `${method} ${path}`,
    issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`),
  );
}

/**
 * Which database a request talks to. The primary database is what `npm run dev` serves (persisted by the
 * node runtime). In test runs, a request carrying the `mock_tenant` cookie (or `x-mock-tenant` header) gets
 * its own in-memory database instead, so parallel Playwright workers never see each other's changes; at
 * most `maxTenants` are kept (each is a full seed: ~1 MB, ~14 MB at the large scale).
 */
import { Db } from './db';
import { createSeed, type SeedScale } from './seed';

let scale: SeedScale = 'default';
let primary: Db | undefined;
/** Tenants are for test runs only (Vitest, Playwright's server); `npm run dev` refuses them. */
let tenantsEnabled = false;
let maxTenants = 16;
/** In least-recently-used order (a Map keeps insertion order; a use moves the tenant to the end). */
const tenants = new Map<string, Db>();

export function configureMock(opts: {
  scale?: SeedScale;
  primary?: Db;
  tenants?: boolean;
  maxTenants?: number;
}): void {
  if (opts.scale) scale = opts.scale;
  if (opts.primary) primary = opts.primary;
  if (opts.tenants !== undefined) tenantsEnabled = opts.tenants;
  if (opts.maxTenants) maxTenants = opts.maxTenants;
}
export const seedFactory = () => () => createSeed(scale);

export function primaryDb(): Db {
  primary ??= new Db(seedFactory());
  return primary;
}

export const tenantsAccepted = () => tenantsEnabled;
export const tenantNames = () => [...tenants.keys()];

/** The tenant's database, seeded on first use; past `maxTenants`, the least recently used one is dropped. */
export function tenantDb(name: string): Db {
  let db = tenants.get(name);
  if (db) tenants.delete(name);
  else db = new Db(seedFactory());
  tenants.set(name, db);
  while (tenants.size > maxTenants) tenants.delete(tenants.keys().next().value!);
  return db;
}

export function dropTenant(name: string): void {
  tenants.delete(name);
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export const TENANT_COOKIE = 'mock_tenant';
export const TENANT_HEADER = 'x-mock-tenant';

export function tenantOf(request: Request): string | undefined {
  return request.headers.get(TENANT_HEADER) ?? readCookie(request, TENANT_COOKIE);
}

/** The request's database. Runtimes refuse tenant requests while tenants are off (see the Vite middleware). */
export function dbFor(request: Request): Db {
  const t = tenantsEnabled ? tenantOf(request) : undefined;
  return t ? tenantDb(t) : primaryDb();
}

export const TENANTS_REFUSED = {
  message: 'Mock tenants are not accepted by this server.',
  detail: `The "${TENANT_HEADER}" header and "${TENANT_COOKIE}" cookie are for test runs only (MOCK_TENANTS=1).`,
};

/**
 * Which database a request talks to. The primary database is what `npm run dev` serves (persisted by the
 * node runtime). A request carrying the `mock_tenant` cookie gets its own in-memory database instead, so
 * parallel Playwright workers and unit tests never see each other's changes.
 */
import { Db } from './db';
import { createSeed, type SeedScale } from './seed';

let scale: SeedScale = 'default';
let primary: Db | undefined;
const tenants = new Map<string, Db>();

export function configureMock(opts: { scale?: SeedScale; primary?: Db }): void {
  if (opts.scale) scale = opts.scale;
  if (opts.primary) primary = opts.primary;
}
export const seedFactory = () => () => createSeed(scale);

export function primaryDb(): Db {
  primary ??= new Db(seedFactory());
  return primary;
}

export function tenantDb(name: string): Db {
  let db = tenants.get(name);
  if (!db) {
    db = new Db(seedFactory());
    tenants.set(name, db);
  }
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

export function dbFor(request: Request): Db {
  const t = tenantOf(request);
  return t ? tenantDb(t) : primaryDb();
}

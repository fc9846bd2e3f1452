/**
 * The static demo (`npm run build:demo`): the same MSW handlers, run by a service worker in the visitor's
 * browser, on the same seed. The data lives in this browser's localStorage (demo data only: the seeded
 * accounts' password is public) and survives reloads; `reset()` restores the seed.
 */
import { setupWorker } from 'msw/browser';
import { setSessionToken } from '../../lib/session';
import { Db, type Tables } from '../db';
import { handlers } from '../handlers';
import { configureMock, seedFactory } from '../state';

// Versioned: data stored by an older demo (plain-text passwords) is left alone and the seed used instead.
const STORAGE_KEY = 'coder-admin-demo:db:v2';
const TABLES = ['users', 'organizations', 'members', 'groups', 'workspaces', 'sessions'] as const;

/** The stored tables, if they are there and look like tables; anything else starts from the seed. */
function stored(): Tables | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as Record<string, unknown>;
    const users = data.users as Record<string, unknown>[] | undefined;
    const hashed =
      Array.isArray(users) && users.every((u) => u && typeof u === 'object' && 'hashed_password' in u);
    return hashed && TABLES.every((t) => Array.isArray(data[t])) ? (data as unknown as Tables) : undefined;
  } catch {
    return undefined;
  }
}

export type Demo = { reset: () => void };

export async function startDemo(): Promise<Demo> {
  const db = new Db(seedFactory(), stored());
  const save = () => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(db.data));
    } catch {
      // storage full or disabled: the demo keeps working in memory for this page
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  db.onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 50);
  };
  addEventListener('pagehide', save);
  configureMock({ primary: db });
  await setupWorker(...handlers).start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    reset: () => {
      clearTimeout(timer);
      db.reset();
      save();
      setSessionToken(undefined);
      location.assign(`${import.meta.env.BASE_URL}login`);
    },
  };
}

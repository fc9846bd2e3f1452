import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import {
  emptyViews,
  parseStored,
  serializeStored,
  storageKey,
  type SavedView,
  type StoredViews,
  type ViewScope,
} from './savedViews';
import { ViewsOwnerContext } from './viewsOwner';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // Another tab saved, renamed or deleted a view.
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled (a locked-down browser): no views, and the page still works
  }
}

/** The parsed views of the last text read per key: the snapshot stays the same object until the text changes. */
const cache = new Map<string, { raw: string | null; views: StoredViews }>();
function read(key: string): StoredViews {
  const raw = readRaw(key);
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.views;
  const views = parseStored(raw);
  cache.set(key, { raw, views });
  return views;
}

const NONE = emptyViews();

export type SavedViewsStore = {
  /** False until the owner (deployment and user) is known. */
  ready: boolean;
  views: SavedView[];
  /** Replaces this list's views; fails (with the reason in words) when the browser will not store them. */
  write: (views: SavedView[]) => string | undefined;
};

/** The saved views of one list for the signed-in user on this deployment, kept in localStorage. */
export function useSavedViews(scope: ViewScope): SavedViewsStore {
  const owner = useContext(ViewsOwnerContext);
  const key = owner ? storageKey(owner) : undefined;
  const all = useSyncExternalStore(
    subscribe,
    () => (key ? read(key) : NONE),
    () => NONE,
  );
  const write = useCallback(
    (views: SavedView[]) => {
      if (!key) return 'Your views are not loaded yet.';
      try {
        localStorage.setItem(key, serializeStored({ ...read(key), [scope]: views }));
      } catch {
        return 'This browser did not let the dashboard store the view (storage full or disabled).';
      }
      notify();
      return undefined;
    },
    [key, scope],
  );
  return useMemo(() => ({ ready: Boolean(key), views: all[scope], write }), [key, all, scope, write]);
}

const started = new Set<() => Promise<unknown>>();

/**
 * Fetches code a page shows only on demand (a menu, the bulk actions of a selection) once the browser is
 * idle: it is there by the time someone uses it, without being on the page's first load. Once per `load`
 * (a module-level function); a failed fetch lets a later call try again.
 */
export function preloadWhenIdle(load: () => Promise<unknown>) {
  if (started.has(load)) return;
  started.add(load);
  const start = () => void load().catch(() => started.delete(load));
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 3000 });
  else window.setTimeout(start, 1000);
}

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
type AnyComponent = ComponentType<any>;

/**
 * `React.lazy` for a named export: `lazyNamed(() => import('./ExportDialog'), 'ExportDialog')`.
 * For what a page shows only on demand (dialogs, popovers), so it stays out of the page's first load.
 * Render it inside `<Suspense>` and only while it is open.
 */
export function lazyNamed<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

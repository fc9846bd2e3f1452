import type { QueryClient } from '@tanstack/react-query';
import { Suspense, useState, useSyncExternalStore } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { OfflineBanner } from './OfflineBanner';
import { Providers } from './Providers';
import { routes } from './router';
import { lazyNamed } from '../lib/lazyNamed';

/**
 * TanStack Query Devtools, in development builds only (`npm run dev`): the condition is the constant
 * `false` in a production build, so neither the import nor its chunk is in what users download. Lazy even
 * in development, so the first page's own code arrives first.
 */
const QueryDevtools = import.meta.env.DEV
  ? lazyNamed(() => import('@tanstack/react-query-devtools'), 'ReactQueryDevtools')
  : null;

/** The static demo's banner, in its build only (elsewhere the condition is the constant `false`). */
const DemoBanner =
  import.meta.env.VITE_DEMO === 'true' ? lazyNamed(() => import('./DemoBanner'), 'DemoBanner') : null;

/** What the static demo's entry hands the app (the app itself never imports the mock). */
export type DemoControls = { reset: () => void };

export function App({ demo, queryClient }: { demo?: DemoControls; queryClient: QueryClient }) {
  const [router] = useState(() => createBrowserRouter(routes(queryClient)));
  const started = useSyncExternalStore(router.subscribe, () => router.state.initialized);
  return (
    <Providers queryClient={queryClient}>
      <OfflineBanner />
      {demo && DemoBanner && (
        <Suspense fallback={null}>
          <DemoBanner onReset={demo.reset} />
        </Suspense>
      )}
      {/* The first page renders at once; later navigations as transitions (React Router's default). As a
          transition, React renders the first page in 5 ms slices with the browser's work between them, and
          a cold load's rows came ~40–50 ms later. After it, a transition is what keeps a click or a page
          change quick to paint: the render's effects wait until after paint (next page cost ~10–20 ms more
          of script without it). See README, Performance. */}
      <RouterProvider router={router} useTransitions={started ? undefined : false} />
      {QueryDevtools && (
        <Suspense fallback={null}>
          <QueryDevtools buttonPosition="bottom-left" />
        </Suspense>
      )}
    </Providers>
  );
}

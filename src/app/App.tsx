import type { QueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { DemoBanner } from './DemoBanner';
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

/** What the static demo's entry hands the app (the app itself never imports the mock). */
export type DemoControls = { reset: () => void };

export function App({ demo, queryClient }: { demo?: DemoControls; queryClient: QueryClient }) {
  const [router] = useState(() => createBrowserRouter(routes(queryClient)));
  return (
    <Providers queryClient={queryClient}>
      <OfflineBanner />
      {demo && <DemoBanner onReset={demo.reset} />}
      <RouterProvider router={router} />
      {QueryDevtools && (
        <Suspense fallback={null}>
          <QueryDevtools buttonPosition="bottom-left" />
        </Suspense>
      )}
    </Providers>
  );
}

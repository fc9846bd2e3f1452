import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { DemoBanner } from './DemoBanner';
import { OfflineBanner } from './OfflineBanner';
import { Providers } from './Providers';
import { routes } from './router';

/** What the static demo's entry hands the app (the app itself never imports the mock). */
export type DemoControls = { reset: () => void };

export function App({ demo, queryClient }: { demo?: DemoControls; queryClient: QueryClient }) {
  const [router] = useState(() => createBrowserRouter(routes(queryClient)));
  return (
    <Providers queryClient={queryClient}>
      <OfflineBanner />
      {demo && <DemoBanner onReset={demo.reset} />}
      <RouterProvider router={router} />
    </Providers>
  );
}

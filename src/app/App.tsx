import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { DemoBanner } from './DemoBanner';
import { OfflineBanner } from './OfflineBanner';
import { Providers } from './Providers';
import { createQueryClient } from './queryClient';
import { routes } from './router';

/** What the static demo's entry hands the app (the app itself never imports the mock). */
export type DemoControls = { reset: () => void };

export function App({ demo }: { demo?: DemoControls }) {
  const [queryClient] = useState(() => createQueryClient());
  const [router] = useState(() => createBrowserRouter(routes(queryClient)));
  return (
    <Providers queryClient={queryClient}>
      <OfflineBanner />
      {demo && <DemoBanner onReset={demo.reset} />}
      <RouterProvider router={router} />
    </Providers>
  );
}

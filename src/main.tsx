// First: starts the first page's requests before the rest of the app's code evaluates (see boot.ts).
import { queryClient } from './app/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type DemoControls } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The static demo (`npm run build:demo`) starts the mock Coder server in a service worker first. In every
// other build the condition is the constant `false`, so the mock is not even bundled.
let demo: DemoControls | undefined;
if (import.meta.env.VITE_DEMO === 'true') {
  const { startDemo } = await import('./mock/runtimes/browser');
  demo = await startDemo();
}

createRoot(root).render(
  <StrictMode>
    <App demo={demo} queryClient={queryClient} />
  </StrictMode>,
);

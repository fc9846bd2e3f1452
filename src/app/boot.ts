import { startFirstRequests } from './loaders';
import { createQueryClient } from './queryClient';

/**
 * The app's QueryClient, and the first page's requests started as early as this bundle allows (issue #16).
 * `main.tsx` imports this module first, and ES modules evaluate in import order: `/users/me`, the authcheck
 * (with the CSRF token it needs) and the page's list go out before MUI, emotion, the theme and React DOM
 * evaluate and React renders (~250 ms of module evaluation, then the first render, on a cold load). The
 * route loaders that run when the router starts call the same `prefetchQuery`s and adopt these requests.
 * Not in the static demo, whose mock starts in a service worker only after this.
 */
export const queryClient = createQueryClient();

if (import.meta.env.VITE_DEMO !== 'true') startFirstRequests(queryClient, new URL(window.location.href));

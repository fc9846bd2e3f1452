/** Integration-first rendering: the real routes and providers against the mock server (msw/node). */
import type { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { login } from '../api/auth';
import { Providers } from '../app/Providers';
import { createQueryClient } from '../app/queryClient';
import { routes } from '../app/router';
import { DEMO_PASSWORD } from '../lib/demoAccounts';
import { setSessionToken } from '../lib/session';

/** Signs in as a seeded account (token kept for the test's "tab"). */
export async function signInAs(username: string): Promise<string> {
  const { session_token } = await login({ email: `${username}@example.com`, password: DEMO_PASSWORD });
  setSessionToken(session_token);
  return session_token;
}

export async function renderRoute(
  path: string,
  opts: { as?: string } = {},
): Promise<
  RenderResult & { user: UserEvent; router: ReturnType<typeof createMemoryRouter>; queryClient: QueryClient }
> {
  if (opts.as) await signInAs(opts.as);
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(routes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, user, router, queryClient };
}

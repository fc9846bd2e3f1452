import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { authcheckQueries } from '../api/authcheck';
import { authQueries } from '../api/auth';
import { usersQueries } from '../api/users';
import { sharedWorkspacesQueries, splitSharedWith } from '../api/sharedWorkspaces';
import { workspacesQueries } from '../api/workspaces';
import { DEFAULT_WORKSPACE_FILTER } from '../features/workspaces/workspaceFilters';
import { readListParams } from '../lib/listState';

/**
 * Route loaders start the queries a page needs the moment the router matches its URL: in parallel with
 * `/users/me`, the shell and the route's lazy code, not after them. They live here, in the entry chunk,
 * rather than in the lazy route modules, because a loader exported by a lazy module runs only once that
 * module has arrived. None is awaited: each page shows its own loading state.
 */
export function loaders(qc: QueryClient) {
  /** Starts `prefetch` unless the session is already known to be gone (a signed-out visit then asks once, gets 401, and RequireAuth sends it to sign in). */
  const whenSignedIn =
    (
      prefetch: (request: Request, params: Record<string, string | undefined>) => Promise<unknown>,
    ): LoaderFunction =>
    ({ request, params }) => {
      if (qc.getQueryState(authQueries.me().queryKey)?.status === 'error') return null;
      void qc.prefetchQuery(authQueries.me());
      void prefetch(request, params);
      return null;
    };
  const search = (request: Request) => new URL(request.url).searchParams;

  return {
    /** The signed-in layout: who is signed in and what they may do. */
    signedIn: whenSignedIn(() => qc.prefetchQuery(authcheckQueries.site())),
    users: whenSignedIn((request) => qc.prefetchQuery(usersQueries.list(readListParams(search(request))))),
    user: whenSignedIn((_, params) => qc.prefetchQuery(usersQueries.detail(params.username ?? ''))),
    workspaces: whenSignedIn((request) => {
      const params = readListParams(search(request), { filter: DEFAULT_WORKSPACE_FILTER });
      const shared = splitSharedWith(params.filter);
      return shared
        ? qc.prefetchQuery(sharedWorkspacesQueries.all(shared.user, shared.rest))
        : qc.prefetchQuery(workspacesQueries.list(params));
    }),
  } satisfies Record<string, LoaderFunction>;
}

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
  const start = prefetches(qc);
  /** Starts `prefetch` unless the session is already known to be gone (a signed-out visit then asks once, gets 401, and RequireAuth sends it to sign in). */
  const whenSignedIn =
    (prefetch: (url: URL, params: Record<string, string | undefined>) => void): LoaderFunction =>
    ({ request, params }) => {
      if (start.signedOut()) return null;
      start.me();
      prefetch(new URL(request.url), params);
      return null;
    };

  return {
    /** The signed-in layout: who is signed in and what they may do. */
    signedIn: whenSignedIn(() => start.permissions()),
    users: whenSignedIn((url) => start.users(url)),
    user: whenSignedIn((_, params) => start.user(params.username ?? '')),
    workspaces: whenSignedIn((url) => start.workspaces(url)),
  } satisfies Record<string, LoaderFunction>;
}

/**
 * The first page's requests, before the router exists (src/app/boot.ts): what the loaders above will ask
 * for this URL, so that they find these requests in flight and adopt them.
 */
export function startFirstRequests(qc: QueryClient, url: URL) {
  const start = prefetches(qc);
  if (url.pathname === '/login' || start.signedOut()) return;
  start.me();
  start.permissions();
  if (url.pathname === '/users') start.users(url);
  if (url.pathname === '/workspaces') start.workspaces(url);
}

/** Each query a page needs, started and not awaited (each page shows its own loading state). */
function prefetches(qc: QueryClient) {
  return {
    signedOut: () => qc.getQueryState(authQueries.me().queryKey)?.status === 'error',
    me: () => void qc.prefetchQuery(authQueries.me()),
    permissions: () => void qc.prefetchQuery(authcheckQueries.site()),
    users: (url: URL) => void qc.prefetchQuery(usersQueries.list(readListParams(url.searchParams))),
    user: (username: string) => void qc.prefetchQuery(usersQueries.detail(username)),
    workspaces: (url: URL) => {
      const params = readListParams(url.searchParams, { filter: DEFAULT_WORKSPACE_FILTER });
      const shared = splitSharedWith(params.filter);
      void (shared
        ? qc.prefetchQuery(sharedWorkspacesQueries.all(shared.user, shared.rest))
        : qc.prefetchQuery(workspacesQueries.list(params)));
    },
  };
}

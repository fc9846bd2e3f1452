import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type LoaderFunction, type RouteObject } from 'react-router';
import { authcheckQueries } from '../api/authcheck';
import { authQueries } from '../api/auth';
import { organizationsQueries, type Organization } from '../api/organizations';
import { usersQueries } from '../api/users';
import { sharedWorkspacesQueries, splitSharedWith } from '../api/sharedWorkspaces';
import { workspacesQueries } from '../api/workspaces';
import { DEFAULT_WORKSPACE_FILTER } from '../features/workspaces/workspaceFilters';
import { readListParams } from '../lib/listState';
import { pages, type PageDecl } from './pages';

/**
 * Route loaders start the queries a page needs the moment the router matches its URL: in parallel with
 * `/users/me`, the shell and the route's lazy code, not after them. A page declares them as its `prefetch`
 * (pages.ts), which is in the entry chunk rather than in the lazy route module, because a loader exported by
 * a lazy module runs only once that module has arrived. None is awaited: each page shows its own loading
 * state.
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
    /** A page's own loader, from its declaration. */
    page: (decl: PageDecl): LoaderFunction | undefined => {
      const { prefetch } = decl;
      return prefetch && whenSignedIn((url, params) => prefetch(start, url, params));
    },
  };
}

/**
 * The first page's requests, before the router exists (src/app/boot.ts): what the loaders above will ask
 * for this URL, so that they find these requests in flight and adopt them, and the page's code.
 */
export function startFirstRequests(qc: QueryClient, url: URL) {
  const start = prefetches(qc);
  if (url.pathname === '/login' || start.signedOut()) return;
  start.me();
  start.permissions();
  // The router's own ranking picks the page (`/users/alice` is a user, not the workspace `:owner/:workspace`).
  for (const { route, params } of matchRoutes(routeTree(pages), url.pathname) ?? []) {
    const decl = route.handle as PageDecl;
    decl.prefetch?.(start, url, params);
    // The page's code too: its chunks download while the entry chunk evaluates, instead of after the
    // router has started (the router's `lazy` gets the same module).
    decl.module().catch(noop);
  }
}

/** The pages as a bare route tree for `matchRoutes` (each route's `handle` is its declaration). */
const routeTree = (decls: PageDecl[]): RouteObject[] =>
  decls.map((decl) => ({
    path: decl.path,
    handle: decl,
    children: decl.children && routeTree(decl.children),
  }));

/** A failed prefetch is the page's to show (its own query retries and reports it). */
const noop = () => undefined;

/** The query starters a page's `prefetch` is given. */
export type Prefetches = ReturnType<typeof prefetches>;

/** Each query a page needs, started and not awaited (each page shows its own loading state). */
function prefetches(qc: QueryClient) {
  return {
    signedOut: () => qc.getQueryState(authQueries.me().queryKey)?.status === 'error',
    me: () => void qc.prefetchQuery(authQueries.me()),
    permissions: () => void qc.prefetchQuery(authcheckQueries.site()),
    users: (url: URL) => void qc.prefetchQuery(usersQueries.list(readListParams(url.searchParams))),
    user: (username: string) => void qc.prefetchQuery(usersQueries.detail(username)),
    /** An organization (by name or id) and the caller's permissions in it; `then` gets it once known. */
    organization: (ref: string, then?: (org: Organization) => void) =>
      void qc.fetchQuery(organizationsQueries.detail(ref)).then((org) => {
        void qc.prefetchQuery(authcheckQueries.org(org.id));
        then?.(org);
      }, noop),
    // The organization tabs' api modules load with the request (they are not in the entry chunk).
    orgMembers: (orgId: string, url: URL) =>
      void import('../api/members').then(({ membersQueries }) =>
        qc.prefetchQuery(membersQueries.list(orgId, readListParams(url.searchParams))),
      ),
    orgRoles: (orgId: string) =>
      void import('../api/roles').then(({ rolesQueries }) => qc.prefetchQuery(rolesQueries.org(orgId))),
    workspaces: (url: URL) => {
      const params = readListParams(url.searchParams, { filter: DEFAULT_WORKSPACE_FILTER });
      const shared = splitSharedWith(params.filter);
      void (shared
        ? qc.prefetchQuery(sharedWorkspacesQueries.all(shared.user, shared.rest))
        : qc.prefetchQuery(workspacesQueries.list(params)));
    },
  };
}

import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { Navigate, type LoaderFunction, type RouteObject } from 'react-router';
import { authcheckQueries } from '../api/authcheck';
import { Loader } from '../components/Loader';
import { AppShell } from './AppShell';
import { RequireAuth } from './RequireAuth';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { whenSignedIn } from './whenSignedIn';

/** What a lazy route module may export (React Router reads these names). */
type RouteModule = {
  Component: ComponentType;
  ErrorBoundary?: ComponentType;
  /** Data to prefetch before render, given the app's QueryClient. */
  clientLoader?: (qc: QueryClient) => LoaderFunction;
};

/** Adapts a route module to React Router's `lazy`, wiring `clientLoader(qc)` into `loader`. */
const lazyRoute = (qc: QueryClient, load: () => Promise<RouteModule>) => async () => {
  const m = await load();
  return {
    Component: m.Component,
    ErrorBoundary: m.ErrorBoundary,
    ...(m.clientLoader ? { loader: m.clientLoader(qc) } : {}),
  };
};

export function routes(qc: QueryClient): RouteObject[] {
  const r = (load: () => Promise<RouteModule>) => lazyRoute(qc, load);
  return [
    {
      HydrateFallback: Loader,
      ErrorBoundary: RouteErrorBoundary,
      children: [
        { path: '/login', lazy: r(() => import('./routes/login')) },
        {
          element: <RequireAuth />,
          // Who is signed in and what they may do, asked in parallel with loading the route's code.
          loader: () => whenSignedIn(qc, () => qc.prefetchQuery(authcheckQueries.site())),
          shouldRevalidate: () => false,
          children: [
            {
              element: <AppShell />,
              ErrorBoundary: RouteErrorBoundary,
              children: [
                { index: true, element: <Navigate to="/workspaces" replace /> },
                { path: 'workspaces', lazy: r(() => import('./routes/workspaces')) },
                { path: 'users', lazy: r(() => import('./routes/users')) },
                { path: 'users/:username', lazy: r(() => import('./routes/user')) },
                { path: 'organizations', lazy: r(() => import('./routes/organizations')) },
                { path: 'organizations/:organization/*', lazy: r(() => import('./routes/organization')) },
                { path: 'groups', lazy: r(() => import('./routes/groups')) },
                { path: 'groups/:organization/:groupName', lazy: r(() => import('./routes/group')) },
                { path: 'account', lazy: r(() => import('./routes/account')) },
                { path: ':owner/:workspace', lazy: r(() => import('./routes/workspace')) },
                { path: '*', lazy: r(() => import('./routes/notFound')) },
              ],
            },
          ],
        },
      ],
    },
  ];
}

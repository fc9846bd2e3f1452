import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { Loader } from '../components/Loader';
import { AppShell } from './AppShell';
import { loaders } from './loaders';
import { RequireAuth } from './RequireAuth';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/** What a lazy route module exports: code only (its data loader, if any, is in loaders.ts). */
type RouteModule = { Component: ComponentType; ErrorBoundary?: ComponentType };

const r = (load: () => Promise<RouteModule>) => async () => {
  const { Component, ErrorBoundary } = await load();
  return { Component, ErrorBoundary };
};

export function routes(qc: QueryClient): RouteObject[] {
  const load = loaders(qc);
  return [
    {
      HydrateFallback: Loader,
      ErrorBoundary: RouteErrorBoundary,
      children: [
        { path: '/login', lazy: r(() => import('./routes/login')) },
        {
          element: <RequireAuth />,
          loader: load.signedIn,
          shouldRevalidate: () => false,
          children: [
            {
              element: <AppShell />,
              ErrorBoundary: RouteErrorBoundary,
              children: [
                { index: true, element: <Navigate to="/workspaces" replace /> },
                { path: 'workspaces', loader: load.workspaces, lazy: r(() => import('./routes/workspaces')) },
                { path: 'users', loader: load.users, lazy: r(() => import('./routes/users')) },
                { path: 'users/:username', loader: load.user, lazy: r(() => import('./routes/user')) },
                { path: 'organizations', lazy: r(() => import('./routes/organizations')) },
                { path: 'organizations/:organization/*', lazy: r(() => import('./routes/organization')) },
                { path: 'groups', lazy: r(() => import('./routes/groups')) },
                { path: 'groups/:organization/:groupName', lazy: r(() => import('./routes/group')) },
                { path: 'audit', lazy: r(() => import('./routes/audit')) },
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

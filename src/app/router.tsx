import type { QueryClient } from '@tanstack/react-query';
import { Navigate, type RouteObject } from 'react-router';
import { Loader } from '../components/Loader';
import type { OrganizationTabHandle } from '../features/organizations/organizationOutlet';
import { AppShell } from './AppShell';
import { loaders } from './loaders';
import { pages, type PageDecl, type RouteModule } from './pages';
import { RequireAuth } from './RequireAuth';
import { RequirePermission } from './RequirePermission';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/** A lazy route: the module's code, behind its page's permission guard when it declares one. */
const lazyRoute = (module: PageDecl['module'], allow?: PageDecl['allow']) => async () => {
  const { Component, ErrorBoundary }: RouteModule = await module();
  return {
    ErrorBoundary,
    Component: allow
      ? () => (
          <RequirePermission allow={allow.test} what={allow.what}>
            <Component />
          </RequirePermission>
        )
      : Component,
  };
};

const notFound = () => import('./routes/notFound');

/** The routes of declared pages (pages.ts). Organization tabs say which tab they are (`handle.orgTab`). */
function toRoutes(decls: PageDecl[], load: ReturnType<typeof loaders>, orgTab = false): RouteObject[] {
  return decls.map((decl) => ({
    path: decl.path,
    loader: load.page(decl),
    lazy: lazyRoute(decl.module, decl.allow),
    handle: orgTab
      ? ({
          orgTab: decl.path.split('/')[0] ?? decl.path,
          guarded: Boolean(decl.tab),
        } satisfies OrganizationTabHandle)
      : undefined,
    children: decl.children && [
      ...(decl.index ? [{ index: true, lazy: lazyRoute(decl.index) }] : []),
      ...toRoutes(decl.children, load, true),
      { path: '*', lazy: lazyRoute(notFound) },
    ],
  }));
}

export function routes(qc: QueryClient): RouteObject[] {
  const load = loaders(qc);
  return [
    {
      HydrateFallback: Loader,
      ErrorBoundary: RouteErrorBoundary,
      children: [
        { path: '/login', lazy: lazyRoute(() => import('./routes/login')) },
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
                ...toRoutes(pages, load),
                { path: '*', lazy: lazyRoute(notFound) },
              ],
            },
          ],
        },
      ],
    },
  ];
}

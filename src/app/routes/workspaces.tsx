import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { workspacesQueries } from '../../api/workspaces';
import { DEFAULT_WORKSPACE_FILTER } from '../../features/workspaces/workspaceFilters';
import { WorkspacesPage } from '../../features/workspaces/WorkspacesPage';
import { readListParams } from '../../lib/listState';
import { whenSignedIn } from '../whenSignedIn';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

/** Starts the page the URL names while the shell renders (not awaited: the page shows its own loading). */
export const clientLoader =
  (qc: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const params = readListParams(new URL(request.url).searchParams, { filter: DEFAULT_WORKSPACE_FILTER });
    return whenSignedIn(qc, () => qc.prefetchQuery(workspacesQueries.list(params)));
  };

export function Component() {
  return <WorkspacesPage />;
}

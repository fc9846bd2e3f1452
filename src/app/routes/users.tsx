import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { usersQueries } from '../../api/users';
import { UsersPage } from '../../features/users/UsersPage';
import { readListParams } from '../../lib/listState';
import { canSeeUsers } from '../nav';
import { RequirePermission } from '../RequirePermission';
import { whenSignedIn } from '../whenSignedIn';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

/** Starts the page the URL names while the shell renders (not awaited: the page shows its own loading). */
export const clientLoader =
  (qc: QueryClient) =>
  ({ request }: LoaderFunctionArgs) =>
    whenSignedIn(qc, () =>
      qc.prefetchQuery(usersQueries.list(readListParams(new URL(request.url).searchParams))),
    );

export function Component() {
  return (
    <RequirePermission allow={canSeeUsers} what="users">
      <UsersPage />
    </RequirePermission>
  );
}

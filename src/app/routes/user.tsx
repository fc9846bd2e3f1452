import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { usersQueries } from '../../api/users';
import { UserPage } from '../../features/users/UserPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export const clientLoader =
  (qc: QueryClient) =>
  ({ params }: LoaderFunctionArgs) =>
    qc.ensureQueryData(usersQueries.detail(params.username ?? ''));

export function Component() {
  const { username = '' } = useParams();
  return <UserPage key={username} username={username} />;
}

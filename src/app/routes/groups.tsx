import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { organizationsQueries } from '../../api/organizations';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { paths } from '../../lib/paths';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

/** `/groups`: groups live in organizations, so this opens the default (or first) organization's groups. */
export function Component() {
  const orgs = useQuery(organizationsQueries.list());
  const org = orgs.data?.find((o) => o.is_default) ?? orgs.data?.[0];
  return orgs.isError ? (
    <ErrorAlert error={orgs.error} onRetry={() => void orgs.refetch()} />
  ) : !orgs.data ? (
    <Loader />
  ) : org ? (
    <Navigate to={paths.organizationGroups(org.name)} replace />
  ) : (
    <EmptyState title="No organizations" description="You are not a member of any organization." />
  );
}

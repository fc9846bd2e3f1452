import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { organizationsQueries } from '../../api/organizations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { PageHeader } from '../../components/PageHeader';
import { NotFoundPage } from '../../components/StatusPage';
import { OrgSharingSettingsCard } from '../../features/sharing/OrgSharingSettingsCard';
import { isApiError } from '../../lib/http';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

/** `/organizations/:organization/sharing`: the organization's workspace-sharing policy. */
export function Component() {
  const { organization = '' } = useParams();
  const org = useQuery(organizationsQueries.detail(organization));
  if (org.isError) {
    return isApiError(org.error) && org.error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <ErrorAlert error={org.error} onRetry={() => void org.refetch()} />
    );
  }
  if (!org.data) return <Loader />;
  return (
    <>
      <PageHeader
        title={`${org.data.display_name || org.data.name}: sharing`}
        description="Who may share workspaces in this organization."
      />
      <OrgSharingSettingsCard organizationId={org.data.id} />
    </>
  );
}

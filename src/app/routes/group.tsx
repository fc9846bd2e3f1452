import { useParams } from 'react-router';
import { GroupPage } from '../../features/groups/GroupPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  const { organization = '', groupName = '' } = useParams();
  return <GroupPage key={`${organization}/${groupName}`} orgRef={organization} groupName={groupName} />;
}

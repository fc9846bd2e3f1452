import { useParams } from 'react-router';
import { UserPage } from '../../features/users/UserPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  const { username = '' } = useParams();
  return <UserPage key={username} username={username} />;
}

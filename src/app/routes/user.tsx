import { useParams } from 'react-router';
import { UserTokensCard } from '../../features/tokens/UserTokensCard';
import { UserPage } from '../../features/users/UserPage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  const { username = '' } = useParams();
  return <UserPage key={username} username={username} renderTokens={(u) => <UserTokensCard user={u} />} />;
}

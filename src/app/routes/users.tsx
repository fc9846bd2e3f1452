import { UsersPage } from '../../features/users/UsersPage';
import { canSeeUsers } from '../nav';
import { RequirePermission } from '../RequirePermission';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return (
    <RequirePermission allow={canSeeUsers} what="users">
      <UsersPage />
    </RequirePermission>
  );
}

import { Placeholder } from '../../components/Placeholder';
import { canSeeUsers } from '../nav';
import { RequirePermission } from '../RequirePermission';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return (
    <RequirePermission allow={canSeeUsers} what="users">
      <Placeholder title="Users" description="Every user of the deployment." />
    </RequirePermission>
  );
}

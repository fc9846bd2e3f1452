import { Placeholder } from '../../components/Placeholder';
import { canSeeGroups } from '../nav';
import { RequirePermission } from '../RequirePermission';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return (
    <RequirePermission allow={canSeeGroups} what="groups">
      <Placeholder title="Groups" description="Groups of each organization." />
    </RequirePermission>
  );
}

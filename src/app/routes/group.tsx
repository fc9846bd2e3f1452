import { Placeholder } from '../../components/Placeholder';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <Placeholder title="Group" description="Coming soon." />;
}

import { Placeholder } from '../../components/Placeholder';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return <Placeholder title="Organization" description="Coming soon." />;
}

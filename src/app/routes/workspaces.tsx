import { Placeholder } from '../../components/Placeholder';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

export function Component() {
  return (
    <Placeholder
      title="Workspaces"
      description="Workspaces you own or that are shared with you appear here."
    />
  );
}

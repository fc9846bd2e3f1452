import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { authQueries } from '../api/auth';
import { ViewsOwnerContext } from '../lib/viewsOwner';

/**
 * Saved views belong to a deployment and a user (issue #17 §2): the deployment is build info's
 * `deployment_id` (the origin when the server sends none or cannot be asked), the user the signed-in one.
 * Until build info has answered, lists show no views rather than ones filed under a key about to change.
 */
export function SavedViewsOwner({ userId, children }: { userId: string; children: ReactNode }) {
  const build = useQuery(authQueries.buildInfo());
  const deployment = build.isPending ? undefined : build.data?.deployment_id || window.location.origin;
  const owner = useMemo(() => (deployment ? { deployment, userId } : undefined), [deployment, userId]);
  return <ViewsOwnerContext.Provider value={owner}>{children}</ViewsOwnerContext.Provider>;
}

import { useParams } from 'react-router';
import { NotFoundPage } from '../../components/StatusPage';
import { AccessReview } from '../../features/sharing/AccessReview';
import { ShareControl } from '../../features/sharing/ShareControl';
import { SharingNotice } from '../../features/sharing/SharingNotice';
import { WorkspacePage } from '../../features/workspaces/WorkspacePage';
export { RouteErrorBoundary as ErrorBoundary } from '../RouteErrorBoundary';

/** `/:owner/:workspace` where owner is `@username`: the workspace page with sharing composed in. */
export function Component() {
  const { owner = '', workspace = '' } = useParams();
  if (!owner.startsWith('@') || owner.length < 2) return <NotFoundPage />;
  return (
    <WorkspacePage
      key={`${owner}/${workspace}`}
      owner={owner.slice(1)}
      name={workspace}
      renderShare={(ws, perms) => <ShareControl ws={ws} perms={perms} />}
      renderSharingNotice={(ws, perms) => <SharingNotice ws={ws} canShare={perms.shareWorkspace} />}
      renderAccess={(ws) => <AccessReview ws={ws} />}
    />
  );
}

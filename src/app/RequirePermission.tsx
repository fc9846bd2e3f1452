import type { ReactNode } from 'react';
import { usePermissions, type SitePermissions } from '../api/authcheck';
import { ErrorAlert } from '../components/ErrorAlert';
import { ForbiddenPage } from '../components/StatusPage';
import { Loader } from '../components/Loader';

/** Route guard over the same authcheck answers that show or hide the navigation. */
export function RequirePermission(props: {
  allow: (p: SitePermissions) => boolean;
  what: string;
  children: ReactNode;
}) {
  const perms = usePermissions();
  if (perms.isError && !perms.data) {
    return (
      <ErrorAlert
        error={perms.error}
        title="Could not check your permissions"
        onRetry={() => void perms.refetch()}
      />
    );
  }
  if (!perms.data) return <Loader label="Checking permissions" />;
  return props.allow(perms.data) ? props.children : <ForbiddenPage what={props.what} />;
}

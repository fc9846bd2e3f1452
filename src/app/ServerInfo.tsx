import { useQuery } from '@tanstack/react-query';
import { authQueries } from '../api/auth';
import { deploymentQueries } from '../api/deployment';
import css from './AppShell.module.css';

/** Which Coder the dashboard talks to: version from build info, Premium or OSS from the entitlements. */
export function ServerInfo() {
  const build = useQuery(authQueries.buildInfo()).data;
  const entitlements = useQuery(deploymentQueries.entitlements()).data;
  if (!build) return null;
  const edition = entitlements ? (entitlements.has_license ? 'Premium' : 'OSS') : undefined;
  return (
    <p className={css.serverInfo}>
      Coder {build.version}
      {edition && ` · ${edition}`}
    </p>
  );
}

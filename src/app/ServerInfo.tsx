import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { authQueries } from '../api/auth';
import { deploymentQueries } from '../api/deployment';

/** Which Coder the dashboard talks to: version from build info, Premium or OSS from the entitlements. */
export function ServerInfo() {
  const build = useQuery(authQueries.buildInfo()).data;
  const entitlements = useQuery(deploymentQueries.entitlements()).data;
  if (!build) return null;
  const edition = entitlements ? (entitlements.has_license ? 'Premium' : 'OSS') : undefined;
  return (
    <Box sx={{ px: 2.5, py: 2 }}>
      <Typography variant="caption" color="text.secondary" component="p">
        Coder {build.version}
        {edition && ` · ${edition}`}
      </Typography>
    </Box>
  );
}

import { Avatar, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, Outlet, useMatches } from 'react-router';
import { authcheckQueries } from '../../api/authcheck';
import { organizationsQueries } from '../../api/organizations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { ForbiddenPage, NotFoundPage } from '../../components/StatusPage';
import { isApiError } from '../../lib/http';
import { paths } from '../../lib/paths';
import { imageSrc } from '../../lib/imageUrl';
import { isTabHandle, type OrganizationOutlet, type OrganizationTab } from './organizationOutlet';

type Props = {
  /** `{organization}` from the URL: a name (or id). */
  orgRef: string;
  tabs: OrganizationTab[];
};

/**
 * Header and tabs of one organization; the tabs shown follow the caller's permissions in that org. The tab
 * pages are the router's child routes (each its own chunk, some with a loader); they render in the outlet.
 */
export function OrganizationLayout({ orgRef, tabs }: Props) {
  const org = useQuery(organizationsQueries.detail(orgRef));
  const permsQuery = useQuery({ ...authcheckQueries.org(org.data?.id ?? ''), enabled: Boolean(org.data) });
  const perms = permsQuery.data;
  const tab = useMatches()
    .map((m) => m.handle)
    .findLast(isTabHandle);
  if (org.isError) {
    return isApiError(org.error) && org.error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <ErrorAlert error={org.error} onRetry={() => void org.refetch()} />
    );
  }
  if (permsQuery.isError)
    return <ErrorAlert error={permsQuery.error} onRetry={() => void permsQuery.refetch()} />;
  if (!org.data || !perms) return <Loader />;
  const o = org.data;
  const shown = tabs.filter((t) => t.allow(perms));
  // A tab's own URL is refused (not hidden) to those who may not see the tab: a pasted link says so.
  const refused = tab && tab.guarded ? tabs.find((t) => t.key === tab.orgTab && !t.allow(perms)) : undefined;
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Avatar src={imageSrc(o.icon)} alt="" variant="rounded" sx={{ width: 48, height: 48 }}>
          {(o.display_name || o.name).slice(0, 1).toUpperCase()}
        </Avatar>
        <Stack sx={{ minWidth: 0 }}>
          <Typography variant="h1">{o.display_name || o.name}</Typography>
          <Typography color="text.secondary">{o.name}</Typography>
        </Stack>
        {o.is_default && <Chip size="small" label="Default" />}
      </Stack>
      <Tabs
        value={shown.some((t) => t.key === tab?.orgTab) ? tab?.orgTab : false}
        aria-label="Organization sections"
        textColor="inherit"
        sx={{
          mb: 3,
          borderBottom: 1,
          borderColor: 'divider',
          '& .MuiTab-root': { opacity: 1, color: 'text.secondary' },
          '& .MuiTab-root.Mui-selected': { color: 'text.primary', fontWeight: 600 },
        }}
      >
        {shown.map((t) => (
          <Tab
            key={t.key}
            value={t.key}
            label={t.label}
            component={RouterLink}
            to={`${paths.organization(o.name)}/${t.key}`}
          />
        ))}
      </Tabs>
      {refused ? (
        <ForbiddenPage what={refused.what} />
      ) : (
        <Outlet context={{ org: o, perms } satisfies OrganizationOutlet} />
      )}
    </>
  );
}

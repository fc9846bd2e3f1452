import { Avatar, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { authcheckQueries, type OrgPermissions } from '../../api/authcheck';
import { organizationsQueries, type Organization } from '../../api/organizations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { NotFoundPage } from '../../components/StatusPage';
import { isApiError } from '../../lib/http';
import { paths } from '../../lib/paths';
import { imageSrc } from '../../lib/imageUrl';

type Props = {
  /** `{organization}` from the URL: a name (or id). */
  orgRef: string;
  children: (org: Organization, perms: OrgPermissions) => ReactNode;
};

/** Header and tabs of one organization; the tabs shown follow the caller's permissions in that org. */
export function OrganizationLayout({ orgRef, children }: Props) {
  const org = useQuery(organizationsQueries.detail(orgRef));
  const permsQuery = useQuery({ ...authcheckQueries.org(org.data?.id ?? ''), enabled: Boolean(org.data) });
  const perms = permsQuery.data;
  const { pathname } = useLocation();
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
  const tabs = [
    { key: 'members', label: 'Members', to: paths.organizationMembers(o.name), show: perms.viewMembers },
    { key: 'groups', label: 'Groups', to: paths.organizationGroups(o.name), show: perms.viewGroups },
    { key: 'roles', label: 'Roles', to: paths.organizationRoles(o.name), show: perms.viewOrgRoles },
    // Like Settings: reading the organization (which this page already did) is all that reading its
    // sharing policy takes; the tab shows it read-only to those without `editSettings`.
    { key: 'sharing', label: 'Sharing', to: paths.organizationSharing(o.name), show: true },
    { key: 'settings', label: 'Settings', to: paths.organizationSettings(o.name), show: true },
  ].filter((t) => t.show);
  const current = pathname.split('/')[3] ?? '';
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
        value={tabs.some((t) => t.key === current) ? current : false}
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
        {tabs.map((t) => (
          <Tab key={t.key} value={t.key} label={t.label} component={RouterLink} to={t.to} />
        ))}
      </Tabs>
      {children(o, perms)}
    </>
  );
}

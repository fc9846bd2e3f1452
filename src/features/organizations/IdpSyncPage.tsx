import { Alert, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { OrgPermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import { groupsQueries } from '../../api/groups';
import { idpSyncQueries } from '../../api/idpSync';
import type { Organization } from '../../api/organizations';
import { rolesQueries } from '../../api/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { NeedsPremium } from '../../components/NeedsPremium';
import { GroupSyncSection } from './idpSync/GroupSyncSection';
import type { MappingTarget } from './idpSync/MappingEditor';
import { RoleSyncSection } from './idpSync/RoleSyncSection';

/** The organization's IdP sync tab: group sync and role sync (Premium, as Coder's dashboard: `template_rbac`). */
export function IdpSyncPage({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const premium = useFeature('template_rbac');
  if (premium === undefined) return <Loader />;
  if (!premium)
    return (
      <NeedsPremium
        feature="IdP sync"
        description="Syncing groups and roles from your identity provider needs a Premium license."
      />
    );
  return <IdpSyncSettings org={org} perms={perms} />;
}

function IdpSyncSettings({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const [search] = useSearchParams();
  const groupSync = useQuery(idpSyncQueries.groups(org.id));
  const roleSync = useQuery(idpSyncQueries.roles(org.id));
  const fields = useQuery(idpSyncQueries.orgFields(org.id));
  const groups = useQuery({ ...groupsQueries.list(org.id), enabled: perms.viewGroups });
  const roles = useQuery(rolesQueries.org(org.id));
  const canEdit = perms.editIdpSyncSettings;
  const groupTargets: MappingTarget[] = (groups.data ?? [])
    .filter((g) => g.id !== g.organization_id)
    .map((g) => ({ id: g.id, label: g.display_name || g.name }));
  const roleTargets: MappingTarget[] = (roles.data ?? []).map((r) => ({
    id: r.name,
    label: r.display_name || r.name,
  }));
  const retry = () => {
    void groupSync.refetch();
    void roleSync.refetch();
  };
  const error = groupSync.error ?? roleSync.error;
  return (
    <Stack spacing={3} sx={{ maxWidth: 880 }}>
      <Stack spacing={1}>
        <Alert severity="info">
          Changes apply at each user’s next sign-in with your identity provider; users already signed in keep
          their groups and roles until then.
        </Alert>
        {!canEdit && (
          <Alert severity="info">
            You can view these settings; only organization admins, user admins and owners can change them.
          </Alert>
        )}
      </Stack>
      {error && <ErrorAlert error={error} onRetry={retry} />}
      {(groupSync.isPending || roleSync.isPending) && !error && <Loader />}
      {groupSync.data && (
        <GroupSyncSection
          orgId={org.id}
          settings={groupSync.data}
          fields={fields.data ?? []}
          groups={groupTargets}
          canEdit={canEdit}
          highlight={search.get('group') ?? undefined}
        />
      )}
      {roleSync.data && (
        <RoleSyncSection
          orgId={org.id}
          settings={roleSync.data}
          fields={fields.data ?? []}
          roles={roleTargets}
          canEdit={canEdit}
        />
      )}
    </Stack>
  );
}

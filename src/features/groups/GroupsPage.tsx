import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { OrgPermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import { groupsQueries, type Group } from '../../api/groups';
import { claimsFeeding, idpSyncQueries } from '../../api/idpSync';
import type { Organization } from '../../api/organizations';
import { Loader } from '../../components/Loader';
import { NeedsPremium } from '../../components/NeedsPremium';
import { paths } from '../../lib/paths';
import { wholeListView } from '../../lib/useListQuery';
import { CreateGroupDialog } from './GroupFormDialog';
import { GroupsPageView, type SyncLink } from './GroupsPageView';

/** The groups of one organization (rendered inside the organization's tabs). */
export function GroupsPage({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const premium = useFeature('template_rbac');
  const groups = useQuery({ ...groupsQueries.list(org.id), enabled: premium === true });
  const sync = useQuery({
    ...idpSyncQueries.groups(org.id),
    enabled: premium === true && perms.viewIdpSyncSettings,
  });
  /** Groups fed by IdP group sync link to the mapping rows that feed them (for those who may read it). */
  const syncLink = (g: Group): SyncLink | undefined => {
    if (!sync.data || g.id === g.organization_id) return undefined;
    const claims = claimsFeeding(sync.data.mapping, g.id);
    const to = paths.organizationIdpSync(org.name, g.id);
    if (claims.length > 0) return { to, label: `Mapped from ${claims.join(', ')}` };
    return g.source === 'oidc' ? { to, label: 'Group sync settings' } : undefined;
  };
  const [action, setAction] = useState<{ kind: 'create' }>();
  const navigate = useNavigate();
  if (premium === undefined) return <Loader />;
  if (!premium)
    return (
      <NeedsPremium
        feature="Groups"
        description="Groups (and granting templates to them) need the Template RBAC entitlement."
      />
    );
  return (
    <>
      <GroupsPageView
        org={org}
        groups={wholeListView(groups)}
        canCreate={perms.createGroup}
        syncLink={syncLink}
        onCreate={() => setAction({ kind: 'create' })}
      />
      {action?.kind === 'create' && (
        <CreateGroupDialog
          orgId={org.id}
          onClose={() => setAction(undefined)}
          onSaved={(g) => navigate(paths.group(org.name, g.name))}
        />
      )}
    </>
  );
}

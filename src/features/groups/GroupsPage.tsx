import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { OrgPermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import { groupsQueries } from '../../api/groups';
import type { Organization } from '../../api/organizations';
import { Loader } from '../../components/Loader';
import { NeedsPremium } from '../../components/NeedsPremium';
import { paths } from '../../lib/paths';
import { wholeListView } from '../../lib/useListQuery';
import { CreateGroupDialog } from './GroupFormDialog';
import { GroupsPageView } from './GroupsPageView';

/** The groups of one organization (rendered inside the organization's tabs). */
export function GroupsPage({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const premium = useFeature('template_rbac');
  const groups = useQuery({ ...groupsQueries.list(org.id), enabled: premium === true });
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

import { TableCell } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useOrgPermissions, usePermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import { membersQueries } from '../../api/members';
import { organizationsQueries, type Organization } from '../../api/organizations';
import { paths } from '../../lib/paths';
import { wholeListView } from '../../lib/useListQuery';
import { CreateOrganizationDialog } from './CreateOrganizationDialog';
import { OrganizationsPageView } from './OrganizationsPageView';
import { formatCount } from '../../lib/plural';

/** Member and workspace count cells of one organization ("—" where the caller may not see them). */
function OrgCountCells({ org }: { org: Organization }) {
  const perms = useOrgPermissions(org.id).data;
  const members = useQuery({
    ...membersQueries.list(org.id, { filter: '', page: 1, pageSize: 1 }),
    enabled: perms?.viewMembers ?? false,
  });
  const workspaces = useQuery({
    ...organizationsQueries.workspaceCount(org.name),
    enabled: perms?.viewWorkspaces ?? false,
  });
  const show = (n: number | undefined) => (n === undefined ? '—' : formatCount(n));
  return (
    <>
      <TableCell align="right">
        {show(members.data && Math.max(members.data.count, members.data.members.length))}
      </TableCell>
      <TableCell align="right">{show(workspaces.data)}</TableCell>
    </>
  );
}

export function OrganizationsPage() {
  const orgs = useQuery(organizationsQueries.list());
  const perms = usePermissions().data;
  const multiOrg = useFeature('multiple_organizations');
  const [action, setAction] = useState<{ kind: 'create' }>();
  const navigate = useNavigate();
  return (
    <>
      <OrganizationsPageView
        orgs={wholeListView(orgs)}
        canCreate={(perms?.createOrganization ?? false) && multiOrg === true}
        showPremiumNote={(perms?.createOrganization ?? false) && multiOrg === false}
        CountCells={OrgCountCells}
        onCreate={() => setAction({ kind: 'create' })}
      />
      {action?.kind === 'create' && (
        <CreateOrganizationDialog
          onClose={() => setAction(undefined)}
          onCreated={(o) => navigate(paths.organizationMembers(o.name))}
        />
      )}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { authQueries } from '../../api/auth';
import { usePermissions } from '../../api/authcheck';
import { usersQueries, type User } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { NotFoundPage } from '../../components/StatusPage';
import { useDialogFromUrl } from '../../lib/dialogParam';
import { isApiError } from '../../lib/http';
import { paths } from '../../lib/paths';
import { statusActionApplies } from '../../lib/userRules';
import { LazyUserActionDialogs } from './LazyUserActionDialogs';
import type { UserAbilities, UserAction } from './userActions';
import { UserPageView } from './UserPageView';

/** `/users/:username`: profile, roles, organizations, groups and workspaces in one view. */
export function UserPage({
  username,
  renderTokens,
}: {
  username: string;
  renderTokens?: (u: User) => ReactNode;
}) {
  const user = useQuery(usersQueries.detail(username));
  const me = useQuery(authQueries.me()).data;
  const roles = useQuery(usersQueries.siteRoles()).data;
  const perms = usePermissions().data;
  const navigate = useNavigate();
  const [action, setAction] = useState<UserAction>();
  // `?dialog=suspend|activate|delete` opens that confirmation, when this page would offer it.
  const urlDialog = useDialogFromUrl<UserAction>((kind) => {
    const u = user.data;
    if (!u || !me || !perms || (kind !== 'suspend' && kind !== 'activate' && kind !== 'delete')) return;
    const allowed = kind === 'delete' ? perms.deleteUsers : perms.updateUsers;
    return allowed && statusActionApplies(kind, u, me.id) ? { kind, user: u } : undefined;
  }, setAction);
  if (isApiError(user.error) && user.error.status === 404) return <NotFoundPage />;
  if (user.isError) return <ErrorAlert error={user.error} onRetry={() => void user.refetch()} />;
  if (!user.data) return <Loader label="Loading user" />;
  const can: UserAbilities = {
    create: perms?.createUser ?? false,
    update: perms?.updateUsers ?? false,
    delete: perms?.deleteUsers ?? false,
    assignRoles: perms?.assignRoles ?? false,
    assignAny: roles?.some((r) => r.assignable) ?? false,
    manageOwners: roles?.find((r) => r.name === 'owner')?.assignable ?? false,
    meId: me?.id,
  };
  return (
    <>
      <UserPageView
        user={user.data}
        can={can}
        onAction={setAction}
        onRenamed={(u) => navigate(paths.user(u.username), { replace: true })}
        renderTokens={renderTokens}
        auditLink={perms?.viewAnyAuditLog ? paths.audit(`resource_id:${user.data.id}`) : undefined}
      />
      <LazyUserActionDialogs
        action={action}
        onClose={() => {
          setAction(undefined);
          urlDialog.close();
        }}
        onDeleted={() => urlDialog.leave(paths.users())}
      />
    </>
  );
}

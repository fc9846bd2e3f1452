import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { authQueries } from '../../api/auth';
import { usePermissions } from '../../api/authcheck';
import { usersQueries, type User } from '../../api/users';
import { useDialogFromUrl } from '../../lib/dialogParam';
import { useListQuery } from '../../lib/useListQuery';
import { usePrefetchOnIntent } from '../../lib/usePrefetch';
import { useRowSelection, viewScope } from '../../lib/useRowSelection';
import { LazyUserActionDialogs } from './LazyUserActionDialogs';
import type { UserAbilities, UserAction } from './userActions';
import { UsersPageView } from './UsersPageView';

/** Container: the list, queries, permissions and the one `action` state; the view gets props. */
export function UsersPage() {
  const users = useListQuery({
    query: usersQueries.list,
    page: (d) => ({ rows: d.users, count: d.count }),
  });
  const { state: list, params } = users;
  const roles = useQuery(usersQueries.siteRoles());
  const me = useQuery(authQueries.me()).data;
  const perms = usePermissions().data;
  const selection = useRowSelection<User>(viewScope(params));
  const [action, setAction] = useState<UserAction>();

  const prefetchUser = usePrefetchOnIntent((u: User) => usersQueries.detail(u.username));

  const can: UserAbilities = useMemo(
    () => ({
      create: perms?.createUser ?? false,
      update: perms?.updateUsers ?? false,
      delete: perms?.deleteUsers ?? false,
      assignRoles: perms?.assignRoles ?? false,
      assignAny: roles.data?.some((r) => r.assignable) ?? false,
      manageOwners: roles.data?.find((r) => r.name === 'owner')?.assignable ?? false,
      meId: me?.id,
    }),
    [perms, me?.id, roles.data],
  );
  // `?dialog=create-user` (a link, the command palette) opens Create user for those allowed.
  const urlDialog = useDialogFromUrl<UserAction>(
    (name) => (name === 'create-user' && can.create ? { kind: 'create' } : undefined),
    setAction,
  );

  return (
    <>
      <UsersPageView
        users={users}
        roles={roles.data ?? []}
        can={can}
        selection={can.update || can.assignRoles ? selection : undefined}
        onAction={setAction}
        onRowIntent={prefetchUser}
      />
      <LazyUserActionDialogs
        action={action}
        filter={list.filter}
        onClose={() => {
          setAction(undefined);
          urlDialog.close();
        }}
        onBulkDone={selection.clear}
      />
    </>
  );
}

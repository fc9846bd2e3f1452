import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { authQueries } from '../../api/auth';
import { usePermissions } from '../../api/authcheck';
import { usersQueries, type User, type UsersResponse } from '../../api/users';
import { useDialogFromUrl } from '../../lib/dialogParam';
import { isApiError } from '../../lib/http';
import { useListState } from '../../lib/listState';
import { usePrefetch, usePrefetchOnIntent } from '../../lib/usePrefetch';
import { useRowSelection, viewScope } from '../../lib/useRowSelection';
import { LazyUserActionDialogs } from './LazyUserActionDialogs';
import type { UserAbilities, UserAction } from './userActions';
import { UsersPageView } from './UsersPageView';

/** Container: URL list state, queries, permissions and the one `action` state; the view gets props. */
export function UsersPage() {
  const list = useListState();
  const params = { filter: list.filter, page: list.page, pageSize: list.pageSize };
  const users = useQuery(usersQueries.list(params));
  const roles = useQuery(usersQueries.siteRoles());
  const me = useQuery(authQueries.me()).data;
  const perms = usePermissions().data;
  const selection = useRowSelection<User>(viewScope(params));
  const [action, setAction] = useState<UserAction>();

  // Keep the last good page on screen while the next loads or when the server rejects the filter.
  const [shown, setShown] = useState<UsersResponse>();
  if (users.data && users.data !== shown) setShown(users.data);

  const hasNext = users.data && list.page * list.pageSize < users.data.count;
  usePrefetch(hasNext ? usersQueries.list({ ...params, page: list.page + 1 }) : undefined);
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
  const err = users.error;
  const badFilter = isApiError(err) && err.status === 400;
  const filterError = badFilter
    ? err.validations.map((v) => v.detail).join(' ') || err.body.message
    : undefined;

  return (
    <>
      <UsersPageView
        list={list}
        data={users.data ?? shown}
        loading={users.isFetching}
        filterError={filterError}
        error={err && !badFilter ? err : undefined}
        roles={roles.data ?? []}
        can={can}
        selection={can.update || can.assignRoles ? selection : undefined}
        onAction={setAction}
        onRowIntent={prefetchUser}
        onRetry={() => void users.refetch()}
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

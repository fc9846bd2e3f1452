/** One hook per users mutation; each owns its cache effects (STYLE §4). */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { authKeys } from './auth';
import { authcheckKeys } from './authcheck';
import { groupKeys } from './groups';
import { memberKeys } from './members';
import { renamed, type SlimRole } from './common';
import { edit, useReversibleMutation } from './reversible';
import {
  activateUser,
  createUser,
  deleteUser,
  suspendUser,
  updatePassword,
  updateProfile,
  updateUserRoles,
  validatePassword,
  userKeys,
  type PasswordChange,
  type ProfileForm,
  type User,
  type UsersResponse,
} from './users';

/** A changed user: both detail keys (id and username) get the new object, every list refetches. */
export function userChanged(qc: QueryClient, u: User, oldUsername?: string) {
  if (oldUsername && oldUsername !== u.username) renamed(qc, userKeys.detail(oldUsername), u);
  qc.setQueryData(userKeys.detail(u.id), u);
  qc.setQueryData(userKeys.detail(u.username), u);
  return qc.invalidateQueries({ queryKey: userKeys.lists() });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    // Its variables hold the new user's password: dropped as soon as the dialog is gone.
    gcTime: 0,
    onSuccess: (u) => {
      qc.setQueryData(userKeys.detail(u.username), u);
      return qc.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}

/** One user's fields changed in place: in every cached list and both detail keys, before the server answers. */
const userEdits = (id: string, change: Partial<User>) => {
  const apply = (u: User) => (u.id === id ? { ...u, ...change } : u);
  return [
    edit(userKeys.details(), apply),
    edit(userKeys.lists(), (old: UsersResponse) => ({ ...old, users: old.users.map(apply) })),
  ];
};

/** After a user change: the server's object on success; on failure, refetch what the edit touched. */
const userSettled = (qc: QueryClient, u: User | undefined, before: User) =>
  u
    ? userChanged(qc, u)
    : Promise.all([
        qc.invalidateQueries({ queryKey: userKeys.lists() }),
        qc.invalidateQueries({ queryKey: userKeys.detail(before.id) }),
        qc.invalidateQueries({ queryKey: userKeys.detail(before.username) }),
      ]);

export type StatusChange = { user: User; status: 'suspended' | 'active' };

/** Suspend or activate, shown at once; its inverse is the other one. */
export function useSetUserStatus() {
  const qc = useQueryClient();
  return useReversibleMutation({
    mutationFn: ({ user, status }: StatusChange) =>
      status === 'suspended' ? suspendUser(user.id) : activateUser(user.id),
    optimistic: ({ user, status }) => userEdits(user.id, { status }),
    settled: ({ user }, u) => userSettled(qc, u, user),
    inverse: ({ status }, u): StatusChange => ({
      user: u,
      status: status === 'suspended' ? 'active' : 'suspended',
    }),
  });
}

export function useDeleteUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (u: User) => deleteUser(u.id),
    onSuccess: (_, u) => {
      qc.removeQueries({ queryKey: userKeys.detail(u.id) });
      qc.removeQueries({ queryKey: userKeys.detail(u.username) });
      // The user leaves every organization's member list and every group.
      return Promise.all([
        qc.invalidateQueries({ queryKey: userKeys.lists() }),
        qc.invalidateQueries({ queryKey: memberKeys.all }),
        qc.invalidateQueries({ queryKey: groupKeys.all }),
      ]);
    },
  });
}

export type SiteRolesChange = { user: User; roles: SlimRole[] };

/** Replaces a user's site roles, shown at once; its inverse puts the previous list back. */
export function useUpdateUserRoles() {
  const qc = useQueryClient();
  return useReversibleMutation({
    mutationFn: ({ user, roles }: SiteRolesChange) =>
      updateUserRoles(
        user.id,
        roles.map((r) => r.name),
      ),
    optimistic: ({ user, roles }) => userEdits(user.id, { roles }),
    settled: ({ user }, u) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: userKeys.roles(user.username) }),
        userSettled(qc, u, user),
      ]),
    inverse: ({ user }, u): SiteRolesChange => ({ user: u, roles: user.roles }),
  });
}

/** Admin reset (old_password "") or a user's own change (old password required). No cached data changes. */
export function useUpdatePassword() {
  return useMutation({
    mutationFn: ({ user, body }: { user: string; body: PasswordChange }) => updatePassword(user, body),
    // Its variables hold the temporary (or new) password: dropped as soon as the dialog or form is gone.
    gcTime: 0,
  });
}

export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ user, body }: { user: User; body: ProfileForm }) => updateProfile(user.id, body),
    onSuccess: (u, { user }) => {
      const me = qc.getQueryData<User>(authKeys.me());
      if (me?.id === u.id) {
        qc.setQueryData(authKeys.me(), u);
        void qc.invalidateQueries({ queryKey: authcheckKeys.all });
      }
      return userChanged(qc, u, user.username);
    },
  });
}

/**
 * The server's own password rule (`POST /users/validate-password`). A mutation, not a query: a password
 * must not become a cache key, and nothing of it is kept once the form is gone (`gcTime: 0`).
 */
export function useValidatePassword() {
  return useMutation({ mutationFn: (password: string) => validatePassword(password), gcTime: 0 });
}

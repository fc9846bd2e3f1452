/** One hook per users mutation; each owns its cache effects (STYLE §4). */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { authKeys } from './auth';
import { authcheckKeys } from './authcheck';
import { groupKeys } from './groups';
import { memberKeys } from './members';
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
} from './users';

/** A changed user: both detail keys (id and username) get the new object, every list refetches. */
export function userChanged(qc: QueryClient, u: User, oldUsername?: string) {
  if (oldUsername && oldUsername !== u.username) qc.removeQueries({ queryKey: userKeys.detail(oldUsername) });
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

export function useSuspendUser() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (u: User) => suspendUser(u.id), onSuccess: (u) => userChanged(qc, u) });
}

export function useActivateUser() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (u: User) => activateUser(u.id), onSuccess: (u) => userChanged(qc, u) });
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

export function useUpdateUserRoles() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ user, roles }: { user: User; roles: string[] }) => updateUserRoles(user.id, roles),
    onSuccess: (u) => {
      void qc.invalidateQueries({ queryKey: userKeys.roles(u.username) });
      return userChanged(qc, u);
    },
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

import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  activateUser,
  fetchUserRoles,
  suspendUser,
  updateUserRoles,
  userKeys,
  type User,
} from '../../api/users';
import { runLimited, type BulkResult } from '../../lib/bulk';
import { collectUsers } from './collectUsers';
import type { BulkOp, BulkTargets } from './userActions';

export type BulkProgress = { phase: 'collecting' | 'running'; done: number; total: number };

/**
 * One user's part of a bulk operation. Role changes read the user's roles fresh and change only the one
 * role: a role granted or removed since the user was picked is kept as it is now.
 */
async function apply(op: BulkOp, u: User): Promise<unknown> {
  switch (op.kind) {
    case 'suspend':
      return suspendUser(u.id);
    case 'activate':
      return activateUser(u.id);
    case 'addRole':
    case 'removeRole': {
      const { roles } = await fetchUserRoles(u.id);
      const next =
        op.kind === 'addRole' ? [...new Set([...roles, op.role])] : roles.filter((r) => r !== op.role);
      if (next.length === roles.length && next.every((r) => roles.includes(r))) return undefined;
      return updateUserRoles(u.id, next);
    }
  }
}

/** Runs a bulk operation (4 requests at a time) with progress; lists refetch once it is over. */
export function useBulkUsers() {
  const qc = useQueryClient();
  const [progress, setProgress] = useState<BulkProgress>();
  const [results, setResults] = useState<BulkResult<User>[]>();
  const abort = useRef<AbortController>(undefined);
  const run = async (op: BulkOp, targets: BulkTargets) => {
    const ctl = new AbortController();
    abort.current = ctl;
    try {
      let users: User[];
      if ('users' in targets) users = targets.users;
      else {
        setProgress({ phase: 'collecting', done: 0, total: targets.count });
        users = await collectUsers(
          targets.filter,
          (done, total) => setProgress({ phase: 'collecting', done, total }),
          ctl.signal,
        );
      }
      setProgress({ phase: 'running', done: 0, total: users.length });
      const out = await runLimited(
        users,
        4,
        (u) => apply(op, u),
        (done) => setProgress({ phase: 'running', done, total: users.length }),
        ctl.signal,
      );
      setResults(out);
    } finally {
      setProgress(undefined);
      void qc.invalidateQueries({ queryKey: userKeys.lists() });
      void qc.invalidateQueries({ queryKey: userKeys.details() });
      void qc.invalidateQueries({ queryKey: userKeys.allRoles() });
    }
  };
  return { run, progress, results, cancel: () => abort.current?.abort() };
}

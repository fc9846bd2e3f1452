import { MutationCache, notifyManager, QueryCache, QueryClient } from '@tanstack/react-query';
import { authKeys } from '../api/auth';
import { isApiError } from '../lib/http';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: Error;
  }
}

// A mutation's `isPending` reaches React before the next input event: by default TanStack tells its
// observers in a `setTimeout`, so a quick second click (a double click) still met an enabled button and
// sent the write twice (found in e2e/faults.spec.ts on the Share dialog's Save).
notifyManager.setScheduler(queueMicrotask);

/**
 * One QueryClient per app (and per test). The only cross-cutting error rule: a 401 anywhere means the
 * session ended, so the `me` query is reset (its stale user dropped) and refetched; `RequireAuth` then sends the user to sign in and back.
 */
export function createQueryClient(opts: { retry?: boolean } = {}): QueryClient {
  const onError = (error: Error, key?: readonly unknown[]) => {
    if (isApiError(error) && error.status === 401 && key?.[0] !== authKeys.all[0]) {
      // Unless `me` is being asked right now (it will answer the same), or already said 401.
      const me = qc.getQueryState(authKeys.me());
      if (me?.fetchStatus === 'fetching' || me?.status === 'error') return;
      void qc.resetQueries({ queryKey: authKeys.me() });
    }
  };
  const qc: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Back on the tab, stale data refetches: another admin's changes show without a reload.
        refetchOnWindowFocus: true,
        // A 4xx answers the same however often it is asked: never again, not even when a page mounts
        // on a query its route loader already saw fail. Errors keep their Retry buttons.
        retry: opts.retry === false ? false : (count, error) => !isApiError(error) && count < 2,
        retryOnMount: false,
        // Offline (the browser's `offline` event), a query still runs and fails in place with its Retry,
        // beside the offline banner, instead of pausing with a spinner until the connection returns.
        networkMode: 'always',
      },
      // A mutation made offline fails at once with a plain message, the dialog keeping what was typed;
      // TanStack's default would pause it and send it whenever the browser next comes online, unasked.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return qc;
}

/**
 * Optimistic, reversible mutations (issue #17 §4), TanStack Query's "optimistic updates via the cache":
 * before the request goes out, the queries it changes stop fetching (`cancelQueries`), are snapshot, and
 * are edited to show the result at once (`setQueriesData`); a failure puts the snapshot back, and either
 * way the touched keys refetch once the server has answered. Each mutation also knows its inverse, so a
 * caller can offer Undo: the inverse runs through the same optimistic path.
 */
import {
  MutationObserver,
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseMutationResult,
} from '@tanstack/react-query';

/** One optimistic edit: every cached query under `queryKey` (a prefix) gets `update(old, itsKey)`. */
export type CacheEdit = { queryKey: QueryKey; update: (old: unknown, key: QueryKey) => unknown };

/** Typed at the call site, erased here: `edit(userKeys.lists(), (old: UsersResponse) => …)`. */
export const edit = <T>(queryKey: QueryKey, update: (old: T, key: QueryKey) => T): CacheEdit => ({
  queryKey,
  update: update as CacheEdit['update'],
});

export type ReversibleSpec<V, D> = {
  mutationFn: (v: V) => Promise<D>;
  /** What the page shows at once; put back as it was if the server refuses. */
  optimistic: (v: V) => CacheEdit[];
  /**
   * After the server answered, with its data on success: the refetches (awaited, so `isPending` covers
   * them). On success this may also write the server's objects (`setQueryData`).
   */
  settled: (v: V, d: D | undefined) => Promise<unknown>;
  /** The variables that put back what `v` changed, given what the server answered. */
  inverse: (v: V, d: D) => V;
};

type Snapshot = [QueryKey, unknown][];

export function reversibleOptions<V, D>(
  qc: QueryClient,
  spec: ReversibleSpec<V, D>,
): UseMutationOptions<D, Error, V, Snapshot> {
  return {
    mutationFn: spec.mutationFn,
    onMutate: async (v) => {
      const edits = spec.optimistic(v);
      // A refetch already on its way would land after the edit and overwrite it.
      await Promise.all(edits.map((e) => qc.cancelQueries({ queryKey: e.queryKey })));
      // Every snapshot is taken before any edit, so overlapping edits restore the original.
      const snapshot = edits.flatMap((e) => qc.getQueriesData({ queryKey: e.queryKey }));
      for (const e of edits)
        for (const [key, old] of qc.getQueriesData({ queryKey: e.queryKey }))
          if (old !== undefined) qc.setQueryData(key, e.update(old, key));
      return snapshot;
    },
    onError: (_e, _v, snapshot) => {
      for (const [key, data] of snapshot ?? []) qc.setQueryData(key, data);
    },
    onSettled: (d, _e, v) => spec.settled(v, d),
  };
}

/**
 * Runs one mutation outside any component: an Undo is clicked in the app-wide snackbar, often after the
 * dialog or page that made the change is gone. The observer lets go of the mutation once it settled.
 */
export function runDetached<V, D>(qc: QueryClient, options: UseMutationOptions<D, Error, V, Snapshot>, v: V) {
  const observer = new MutationObserver(qc, options);
  return observer.mutate(v).finally(() => observer.reset());
}

export type ReversibleMutation<V, D> = UseMutationResult<D, Error, V, Snapshot> & {
  /** The Undo of a change that succeeded: sends the inverse (optimistic as well), once per call. */
  undoFor: (v: V, d: D) => () => Promise<D>;
};

/** `useMutation` for a reversible change; see the module comment. */
export function useReversibleMutation<V, D>(spec: ReversibleSpec<V, D>): ReversibleMutation<V, D> {
  const qc = useQueryClient();
  const options = reversibleOptions(qc, spec);
  const mutation = useMutation(options);
  return { ...mutation, undoFor: (v, d) => () => runDetached(qc, options, spec.inverse(v, d)) };
}

import { hashKey, useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useStableCallback } from './useStableCallback';

/**
 * Prefetches what the page will probably show next (the next page of a list) once it is known;
 * `undefined` prefetches nothing. Cached or in-flight data is not fetched again.
 */
export function usePrefetch<T, K extends QueryKey>(
  options: FetchQueryOptions<T, Error, T, K> | undefined,
): void {
  const qc = useQueryClient();
  const hash = options ? hashKey(options.queryKey) : undefined;
  useEffect(() => {
    if (options) void qc.prefetchQuery(options);
    // The key's hash says everything about which query this is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [qc, hash]);
}

/** A callback that prefetches a row's detail query when the pointer or focus reaches its link. */
export function usePrefetchOnIntent<R, T, K extends QueryKey>(
  options: (row: R) => FetchQueryOptions<T, Error, T, K>,
): (row: R) => void {
  const qc = useQueryClient();
  return useStableCallback((row: R) => void qc.prefetchQuery(options(row)));
}

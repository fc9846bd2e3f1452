import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type ListState = {
  filter: string;
  page: number;
  pageSize: number;
  setFilter: (filter: string) => void;
  setPage: (page: number) => void;
  setPageSize: (size: number) => void;
};

const PAGE_SIZES = [25, 50, 100];

type ListDefaults = { filter?: string; pageSize?: number };

/** Reads `?filter=&page=&pageSize=` (also for route loaders, which prefetch the page the URL names). */
export function readListParams(params: URLSearchParams, defaults: ListDefaults = {}) {
  const filter = params.get('filter') ?? defaults.filter ?? '';
  const rawPage = Number(params.get('page'));
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;
  const rawSize = Number(params.get('pageSize'));
  const pageSize = PAGE_SIZES.includes(rawSize) ? rawSize : (defaults.pageSize ?? 25);
  return { filter, page, pageSize };
}

/**
 * A list's filter, page and page size, kept in the URL (`?filter=&page=&pageSize=`) so reload,
 * back/forward and pasted links restore the view. A new filter or page size goes back to page 1.
 */
export function useListState(defaults: ListDefaults = {}): ListState {
  const [params, setParams] = useSearchParams();
  const defaultSize = defaults.pageSize ?? 25;
  const { filter, page, pageSize } = readListParams(params, defaults);

  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined) next.delete(k);
          else next.set(k, v);
        }
        return next;
      }),
    [setParams],
  );

  return useMemo(
    () => ({
      filter,
      page,
      pageSize,
      setFilter: (f: string) => update({ filter: f, page: undefined }),
      setPage: (p: number) => update({ page: p > 1 ? String(p) : undefined }),
      setPageSize: (s: number) =>
        update({ pageSize: s === defaultSize ? undefined : String(s), page: undefined }),
    }),
    [filter, page, pageSize, update, defaultSize],
  );
}

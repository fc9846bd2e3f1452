import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

export type ListState = {
  filter: string;
  page: number;
  pageSize: number;
  /** `replace`: replace the current history entry (a filter still being typed). */
  setFilter: (filter: string, opts?: { replace?: boolean }) => void;
  setPage: (page: number) => void;
  setPageSize: (size: number) => void;
  /** Set when the URL asked for a page size the list does not offer and it was snapped to another. */
  pageSizeNotice?: string;
};

export const PAGE_SIZES = [25, 50, 100];

/**
 * The total of a server-paged list, trusting the rows received over `count`: a server may answer a
 * `count` of 0 (or too small) beside rows, and rows that arrived exist. `offset` is the page's first row.
 */
export const listTotal = (count: number, rows: number, offset = 0) =>
  Math.max(count, rows ? offset + rows : 0);

/** Whether a page-by-page walk is done: a short page, or as many rows as a (non-zero) `count` says. */
export const walkDone = (fetched: number, pageRows: number, pageSize: number, count: number) =>
  pageRows < pageSize || (count > 0 && fetched >= count);

/** The offered page size closest to `raw` (a number the list does not offer snaps, garbage gets the default). */
function snapPageSize(raw: string | null, fallback: number): number {
  const size = Number(raw);
  if (raw === null || !Number.isFinite(size) || size <= 0) return fallback;
  return PAGE_SIZES.reduce((best, s) => (Math.abs(s - size) < Math.abs(best - size) ? s : best));
}

export type ListDefaults = { filter?: string; pageSize?: number };

/** Reads `?filter=&page=&pageSize=` (also for route loaders, which prefetch the page the URL names). */
export function readListParams(params: URLSearchParams, defaults: ListDefaults = {}) {
  const filter = params.get('filter') ?? defaults.filter ?? '';
  const rawPage = Number(params.get('page'));
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;
  const pageSize = snapPageSize(params.get('pageSize'), defaults.pageSize ?? 25);
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
  const rawSize = params.get('pageSize');
  const [pageSizeNotice, setNotice] = useState<string>();

  // The router renders a navigation in a transition, so for a moment after one (a settled filter) the page
  // still shows, and its handlers still hold, the URL before it. A change made then (Next page) must build on
  // the URL just asked for, or it would bring the old filter back: `asked` is that URL until it renders.
  const asked = useRef<{ from: string; to: string }>(undefined);
  const current = params.toString();
  useEffect(() => {
    asked.current = undefined; // the URL on screen is the newest: what was asked has rendered or was superseded
  }, [current]);
  // React Router's setter is new with every URL; the list's setters should not be (a memoized filter bar
  // would render again on every page turn). The latest setter is kept for them, updated after each render.
  const latestSetParams = useRef(setParams);
  useLayoutEffect(() => {
    latestSetParams.current = setParams;
  }, [setParams]);
  const update = useCallback(
    (changes: Record<string, string | undefined>, opts?: { replace?: boolean }) =>
      latestSetParams.current(
        (prev) => {
          const pending = asked.current?.from === prev.toString() ? asked.current.to : undefined;
          const next = new URLSearchParams(pending ?? prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === undefined) next.delete(k);
            else next.set(k, v);
          }
          asked.current = { from: prev.toString(), to: next.toString() };
          return next;
        },
        { replace: opts?.replace },
      ),
    [],
  );

  // A page size the list does not offer is snapped visibly: the URL is rewritten and a notice says so.
  const snapping = rawSize !== null && rawSize !== String(pageSize);
  const snapNotice = `${rawSize} rows per page is not offered here; showing ${pageSize} per page.`;
  if (snapping && pageSizeNotice !== snapNotice) setNotice(snapNotice);
  useEffect(() => {
    if (!snapping) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (pageSize === defaultSize) next.delete('pageSize');
        else next.set('pageSize', String(pageSize));
        return next;
      },
      { replace: true },
    );
  }, [snapping, pageSize, defaultSize, setParams]);

  // The setters keep their identity across pages, so what only changes the filter (the memoized filter
  // bar) does not render again on a page turn.
  const setFilter = useCallback(
    (f: string, opts?: { replace?: boolean }) => update({ filter: f, page: undefined }, opts),
    [update],
  );
  const setPage = useCallback((p: number) => update({ page: p > 1 ? String(p) : undefined }), [update]);
  const setPageSize = useCallback(
    (s: number) => {
      setNotice(undefined);
      update({ pageSize: s === defaultSize ? undefined : String(s), page: undefined });
    },
    [update, defaultSize],
  );
  return useMemo(
    () => ({ filter, page, pageSize, pageSizeNotice, setFilter, setPage, setPageSize }),
    [filter, page, pageSize, pageSizeNotice, setFilter, setPage, setPageSize],
  );
}

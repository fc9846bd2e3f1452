import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from './http';
import { listTotal, useListState, type ListDefaults, type ListState } from './listState';
import { usePrefetch } from './usePrefetch';

/** The request a page of a list is: the URL's filter, page and page size. */
export type ListParams = { filter: string; page: number; pageSize: number };

/**
 * What a list page shows, however its data arrives (server pages from `useListQuery`, or a whole list from
 * `wholeListView`). `ListPage` draws it; views take it as one prop.
 */
export type ListView<Row> = {
  /** The rows to show: the current page, or the last good one while the next loads or after a bad filter. */
  rows: Row[] | undefined;
  /** How many rows match in all (trusting rows received over a server's `count`). */
  total: number;
  /**
   * The rows on screen are not the answer to what was asked: a first load, another page or filter, a
   * retry after an error. A background refresh of rows already shown (polling while builds run, window
   * focus) is not loading: the progress strip would flash every second on a busy list.
   */
  loading: boolean;
  /** The server refused the filter (400): every validation it gave, or its message. */
  filterError?: string;
  /** Any other failure (the rows already shown stay). */
  error?: unknown;
  retry: () => void;
  /** URL state for server-paged lists: filter, page, page size. Absent for a list the server answers whole. */
  state?: ListState;
};

/** One list request's options; `TData` is what the page reads (after any `select`). */
type ListOptions<TQueryFnData, TData, TKey extends QueryKey> = UseQueryOptions<
  TQueryFnData,
  Error,
  TData,
  TKey
>;

type Args<TQueryFnData, TData, TKey extends QueryKey, Row> = {
  /** The default filter and page size of this list (used when the URL names none). */
  defaults?: ListDefaults;
  /** The query for one page of the list. */
  query: (p: ListParams) => ListOptions<TQueryFnData, TData, TKey>;
  /** The rows and the server's total in a page. */
  page: (data: TData) => { rows: Row[]; count: number };
  /** Whether to fetch the next page ahead (default: when there is one). */
  prefetchNext?: boolean;
};

/** A server's refusal of the filter (400), as one message under the filter: every validation, in order. */
export function filterErrorOf(error: unknown): string | undefined {
  if (!isApiError(error) || error.status !== 400) return undefined;
  return error.validations.map((v) => v.detail).join(' ') || error.body.message;
}

/**
 * A server-paged list: URL state (filter, page, page size), the page's query, the last good page kept on
 * screen while the next loads or after a bad filter, the server's filter complaint, and the next page
 * fetched ahead. The filter box debounces typing (FilterBar); this hook sees settled filters only.
 */
export function useListQuery<TQueryFnData, TData, TKey extends QueryKey, Row>(
  args: Args<TQueryFnData, TData, TKey, Row>,
): ListView<Row> & { state: ListState; params: ListParams; query: UseQueryResult<TData> } {
  const state = useListState(args.defaults);
  const params: ListParams = { filter: state.filter, page: state.page, pageSize: state.pageSize };
  const query = useQuery(args.query(params));

  // Keep the last good page on screen while the next loads or when the server rejects the filter.
  const [shown, setShown] = useState<TData>();
  if (query.data !== undefined && query.data !== shown) setShown(query.data);
  const data = query.data ?? shown;
  const page = data === undefined ? undefined : args.page(data);

  const hasNext = page !== undefined && params.page * params.pageSize < page.count;
  const next = args.query({ ...params, page: params.page + 1 });
  usePrefetch(hasNext && (args.prefetchNext ?? true) ? next : undefined);

  const filterError = filterErrorOf(query.error);
  const offset = (params.page - 1) * params.pageSize;
  return {
    state,
    params,
    query,
    rows: page?.rows,
    total: page ? listTotal(page.count, page.rows.length, offset) : 0,
    loading: query.isFetching && (query.isPending || query.isPlaceholderData || query.isError),
    filterError,
    error: query.error && !filterError ? query.error : undefined,
    retry: () => void query.refetch(),
  };
}

/** A list the server answers whole (an organization's groups, its roles, the organizations). */
export function wholeListView<Row>(query: UseQueryResult<Row[]>): ListView<Row> {
  const rows = query.data;
  return {
    rows,
    total: rows?.length ?? 0,
    loading: query.isFetching && (query.isPending || query.isError),
    error: query.error ?? undefined,
    retry: () => void query.refetch(),
  };
}

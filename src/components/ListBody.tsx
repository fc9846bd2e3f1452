import { Box, Button, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { listTotal, type ListState } from '../lib/listState';
import { Alert } from './Alert';
import alertCss from './Alert.module.css';
import { EmptyState } from './EmptyState';
import { Loader } from './Loader';
import { TablePager } from './TablePager';
import { formatCount, plural } from '../lib/plural';

type Props = {
  /** URL state of a server-paged list; absent for a list the server answers whole (no pager). */
  list?: ListState;
  /** Plural noun for messages, e.g. "users". */
  noun: string;
  /** The page the server answered, if any: its rows and the total it reported. */
  data: { rows: number; count: number } | undefined;
  loading: boolean;
  /** The server refused the filter (400): no rows are shown, the message says why. */
  filterError?: string;
  /** Shown when the unfiltered list has no rows at all. */
  empty: ReactNode;
  /** The table of the rows received. */
  children: ReactNode;
};

const n = formatCount;

/**
 * The body of a server-paged list. What it shows is chosen from the rows received, never from `count`
 * alone (a server may report a count with an empty page past the end, or 0 beside rows): an invalid
 * filter shows no rows and says so, a page past the end says so and keeps the pager.
 */
export function ListBody({ list, noun, data, loading, filterError, empty, children }: Props) {
  if (filterError && list) {
    return (
      <Box role="region" aria-label="No results">
        <EmptyState
          title="This filter is not valid"
          description={`${filterError} No ${noun} are shown until the filter is fixed: edit it above, or clear it.`}
          action={<Button onClick={() => list.setFilter('')}>Clear filter</Button>}
        />
      </Box>
    );
  }
  if (!data) return loading ? <Loader label={`Loading ${noun}`} /> : null;
  if (!list) return data.rows > 0 ? children : empty;
  const offset = (list.page - 1) * list.pageSize;
  // Trust what arrived: rows past `count` still count.
  const count = listTotal(data.count, data.rows, offset);
  const pager = (
    <>
      {list.pageSizeNotice && (
        <Alert severity="info" className={alertCss.notice}>
          {list.pageSizeNotice}
        </Alert>
      )}
      <TablePager
        count={count}
        page={list.page}
        pageSize={list.pageSize}
        onPageChange={list.setPage}
        onPageSizeChange={list.setPageSize}
      />
    </>
  );
  if (data.rows > 0) {
    return (
      <>
        {children}
        {pager}
      </>
    );
  }
  if (list.page > 1) {
    const last = Math.max(1, Math.ceil(count / list.pageSize));
    return (
      <>
        <EmptyState
          title={`Page ${n(list.page)} is past the end`}
          description={
            count > 0
              ? `There ${count === 1 ? 'is' : 'are'} ${n(count)} matching ${count === 1 ? noun.replace(/s$/, '') : noun} on ${plural(last, 'page')}.`
              : `There are no ${noun} on this page.`
          }
          action={
            <Stack direction="row" spacing={1}>
              <Button onClick={() => list.setPage(1)}>First page</Button>
              {last > 1 && <Button onClick={() => list.setPage(last)}>Last page ({n(last)})</Button>}
            </Stack>
          }
        />
        {pager}
      </>
    );
  }
  if (list.filter) {
    return (
      <Box role="region" aria-label="No results">
        <EmptyState
          title={`No ${noun} match this filter`}
          description="Try a different query or preset, or clear it to see everything."
          action={<Button onClick={() => list.setFilter('')}>Clear filter</Button>}
        />
      </Box>
    );
  }
  return empty;
}

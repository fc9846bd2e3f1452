import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { ViewScope } from '../lib/savedViews';
import type { ListView } from '../lib/useListQuery';
import { ErrorAlert } from './ErrorAlert';
import { FilterBar, type FilterBarProps } from './FilterBar';
import { ListBody } from './ListBody';
import { RefetchBar } from './RefetchBar';
import css from './ListPage.module.css';
import { SavedViews } from './SavedViews';

type Props<Row, RowState> = {
  /** The heading row: a page's `PageHeader`, or an organization tab's heading with its actions. */
  header: ReactNode;
  view: ListView<Row>;
  /** Plural noun for messages and labels: "users". */
  noun: string;
  /** The filter box of a server-searched list: its name, presets, builder keys and dropdowns. */
  filter?: Omit<FilterBarProps, 'value' | 'onChange' | 'error' | 'views'>;
  /** The user's saved views of this list (filter and page size under a name), beside the presets. */
  savedViews?: ViewScope;
  /** Between the filter and the table: the progress of a running bulk action, a note. */
  notice?: ReactNode;
  /** Inside the table's card, above the rows, while rows are shown: a selection's bulk bar. */
  toolbar?: ReactNode;
  /** What an empty list says when no filter narrowed it. */
  empty: ReactNode;
  /**
   * What the rows are drawn with besides themselves (a selection, which belongs to the page it was made
   * on). Held back with the rows while a new page renders in the background, so a memoized table is not
   * drawn twice (old rows under the new page's state, then the new rows).
   */
  rowState?: RowState;
  /** The table of the rows received. A new page renders in the background, the old rows staying meanwhile. */
  children: (rows: Row[], rowState: RowState | undefined) => ReactNode;
};

/**
 * Every list page, drawn one way: heading, filter bar with presets, the server's complaint about the filter
 * under it, an error with Retry above the rows already shown, a progress strip while a request is in
 * flight, the table (with a selection's bulk bar), empty states chosen from the rows received, and the pager.
 */
export function ListPage<Row, RowState = undefined>(p: Props<Row, RowState>) {
  const { view } = p;
  const deferred = useDeferredValue(view.rows);
  const rows = deferred ?? view.rows;
  const heldState = useDeferredValue(p.rowState);
  const rowState = rows === view.rows ? p.rowState : heldState;
  const state = view.state;
  // Only the filter and page size (what a saved view saves): a page turn keeps the element, and the
  // memoized filter bar with it.
  const filter = state?.filter;
  const pageSize = state?.pageSize;
  const savedViews = useMemo(
    () =>
      p.savedViews &&
      filter !== undefined &&
      pageSize !== undefined && <SavedViews scope={p.savedViews} list={{ filter, pageSize }} />,
    [p.savedViews, filter, pageSize],
  );
  return (
    <>
      {p.header}
      {p.filter && state && (
        <FilterBar
          {...p.filter}
          value={state.filter}
          onChange={state.setFilter}
          error={view.filterError}
          views={savedViews}
        />
      )}
      {p.notice}
      {view.error !== undefined && <ErrorAlert error={view.error} onRetry={view.retry} />}
      <div className={css.panel}>
        {p.toolbar && view.rows && view.rows.length > 0 && !view.filterError && p.toolbar}
        <RefetchBar active={Boolean(view.loading && view.rows)} label={`Loading ${p.noun}`} />
        <ListBody
          list={state}
          noun={p.noun}
          data={view.rows && { rows: view.rows.length, count: view.total }}
          loading={view.loading}
          filterError={view.filterError}
          empty={p.empty}
        >
          {rows && p.children(rows, rowState)}
        </ListBody>
      </div>
    </>
  );
}

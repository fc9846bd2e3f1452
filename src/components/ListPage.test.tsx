/** Issue #17 §1: every list page is drawn by one component, from one shape of list state. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/http';
import type { ListState } from '../lib/listState';
import { filterErrorOf, type ListView } from '../lib/useListQuery';
import { EmptyState } from './EmptyState';
import { ListPage } from './ListPage';

const state = (over: Partial<ListState> = {}): ListState => ({
  filter: '',
  page: 1,
  pageSize: 25,
  setFilter: vi.fn(),
  setPage: vi.fn(),
  setPageSize: vi.fn(),
  ...over,
});

const view = (over: Partial<ListView<string>> = {}): ListView<string> => ({
  rows: ['alpha', 'beta'],
  total: 2,
  loading: false,
  retry: vi.fn(),
  ...over,
});

function draw(v: ListView<string>, extra: { toolbar?: boolean } = {}) {
  return render(
    <ListPage
      view={v}
      noun="things"
      header={<h1>Things</h1>}
      filter={{ label: 'Search things', presets: [{ label: 'All', filter: '' }], keys: [] }}
      toolbar={extra.toolbar ? <div>Bulk bar</div> : undefined}
      empty={<EmptyState title="No things yet" />}
    >
      {(rows) => (
        <ul aria-label="Rows">
          {rows.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </ListPage>,
  );
}

describe('ListPage', () => {
  it('a server-paged list: rows, the bulk bar, the pager', () => {
    draw(view({ state: state(), total: 60 }), { toolbar: true });
    expect(within(screen.getByRole('list', { name: 'Rows' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Bulk bar')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeEnabled();
    expect(screen.getByLabelText('Search things')).toBeInTheDocument();
  });

  it('a refused filter: every validation under the box, no rows and no bulk bar, and a way out', async () => {
    const error = new ApiError(400, {
      message: 'Invalid workspace search query.',
      validations: [
        { field: 'q', detail: 'Query param "status" has invalid value.' },
        { field: 'q', detail: 'Query param "owner" is required.' },
      ],
    });
    const setFilter = vi.fn();
    const filterError = filterErrorOf(error);
    expect(filterError).toBe('Query param "status" has invalid value. Query param "owner" is required.');
    draw(view({ state: state({ filter: 'status:nope', setFilter }), filterError }), { toolbar: true });
    expect(screen.getByText('This filter is not valid')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Rows' })).toBeNull();
    expect(screen.queryByText('Bulk bar')).toBeNull();
    const region = screen.getByRole('region', { name: 'No results' });
    await userEvent.click(within(region).getByRole('button', { name: 'Clear filter' }));
    expect(setFilter).toHaveBeenCalledWith('');
  });

  it('any other failure: the message with Retry above the rows already shown', async () => {
    const retry = vi.fn();
    draw(view({ state: state(), error: new ApiError(500, { message: 'Database is down.' }), retry }));
    expect(screen.getByText('Database is down.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Rows' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /retry/i }));
    expect(retry).toHaveBeenCalled();
  });

  it('empty states come from the rows received: filtered, past the end, never any', () => {
    const { unmount } = draw(view({ state: state({ filter: 'x' }), rows: [], total: 0 }));
    expect(screen.getByText('No things match this filter')).toBeInTheDocument();
    unmount();
    const past = draw(view({ state: state({ page: 4 }), rows: [], total: 30 }));
    expect(screen.getByText('Page 4 is past the end')).toBeInTheDocument();
    past.unmount();
    draw(view({ state: state(), rows: [], total: 7 }));
    expect(screen.getByText('No things yet')).toBeInTheDocument();
  });

  it('a list the server answers whole: no filter box, no pager; loading shows a strip over kept rows', () => {
    const { unmount } = draw(view({ loading: true }));
    expect(screen.queryByLabelText('Search things')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Go to next page' })).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Loading things' })).toBeInTheDocument();
    unmount();
    draw(view({ rows: undefined, loading: true }));
    expect(screen.getByRole('progressbar', { name: 'Loading things' })).toBeInTheDocument();
    expect(screen.queryByText('No things yet')).toBeNull();
  });

  it('holds the rows’ state (a selection) back with the rows: old rows are never drawn with a new page’s state', () => {
    const drawn: string[] = [];
    const page = (rows: string[], selection: string) => (
      <ListPage
        view={view({ rows, state: state(), total: 60 })}
        noun="things"
        header={<h1>Things</h1>}
        rowState={selection}
        empty={<EmptyState title="No things yet" />}
      >
        {(shown, held) => {
          drawn.push(`${shown.join('+')} under ${held}`);
          return <p>{`${shown.join('+')} under ${held}`}</p>;
        }}
      </ListPage>
    );
    const { rerender } = render(page(['alpha', 'beta'], 'page 1'));
    rerender(page(['gamma', 'delta'], 'page 2'));
    expect(screen.getByText('gamma+delta under page 2')).toBeInTheDocument();
    // The new page renders in the background; meanwhile the old rows keep their own page's state.
    expect(drawn).not.toContain('alpha+beta under page 2');
    expect(drawn).toContain('gamma+delta under page 2');
    // A change of the state alone (a row ticked) shows at once, with the rows it belongs to.
    rerender(page(['gamma', 'delta'], 'page 2, one ticked'));
    expect(screen.getByText('gamma+delta under page 2, one ticked')).toBeInTheDocument();
  });
});

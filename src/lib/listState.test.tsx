/** A list's URL state: changes made before the router has rendered the last one build on it. */
import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useListState, type ListState } from './listState';

function setup(path: string) {
  const seen: ListState[] = [];
  function Probe() {
    seen.push(useListState());
    return null;
  }
  const router = createMemoryRouter([{ path: '/users', element: <Probe /> }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return { router, seen };
}

describe('useListState', () => {
  it('Next page clicked while a new filter is still rendering keeps the new filter', async () => {
    const { router, seen } = setup('/users?filter=dev');
    // Both from the same render: the pager's handler still holds the URL before the filter changed.
    const before = seen.at(-1)!;
    await act(async () => {
      before.setFilter('');
      before.setPage(2);
    });
    expect(router.state.location.search).toBe('?filter=&page=2');
    expect(seen.at(-1)).toMatchObject({ filter: '', page: 2 });
  });

  it('a later change builds on the URL on screen, not on an older request (Back in between)', async () => {
    const { router, seen } = setup('/users?filter=dev');
    await act(async () => seen.at(-1)!.setFilter('alice'));
    expect(router.state.location.search).toBe('?filter=alice');
    await act(async () => void router.navigate(-1));
    expect(router.state.location.search).toBe('?filter=dev');
    await act(async () => seen.at(-1)!.setPage(3));
    expect(router.state.location.search).toBe('?filter=dev&page=3');
  });

  it('its setters keep their identity across pages, so what takes only them (the filter bar) stays put', async () => {
    const { router, seen } = setup('/users?filter=dev');
    const first = seen.at(-1)!;
    await act(async () => first.setPage(2));
    const later = seen.at(-1)!;
    expect(later.page).toBe(2);
    expect(later.setFilter).toBe(first.setFilter);
    expect(later.setPageSize).toBe(first.setPageSize);
    // ...and still act on the URL of their time: a filter set after the page turn drops the page.
    await act(async () => first.setFilter('alice'));
    expect(router.state.location.search).toBe('?filter=alice');
  });
});

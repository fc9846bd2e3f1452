/** Issue #13 §1: the filter box keeps what is typed, keeps Back and Forward, and adds one history entry per typing. */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render';
import { FilterBar } from './FilterBar';

/** A page whose URL catches up with each commit only `lagMs` later (a busy router, a slow machine). */
function LaggingPage({ lagMs }: { lagMs: number }) {
  const [value, setValue] = useState('status:suspended');
  return (
    <FilterBar
      label="Search"
      value={value}
      onChange={(v) => setTimeout(() => setValue(v), lagMs)}
      presets={[]}
      keys={[]}
      debounceMs={100}
    />
  );
}

const filterOf = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search).get('filter');

describe('FilterBar', () => {
  it('never puts a late echo of an earlier commit over newer typing', async () => {
    const user = userEvent.setup({ delay: 150 });
    render(<LaggingPage lagMs={250} />);
    const box = screen.getByLabelText('Search');
    await user.clear(box);
    await user.type(box, 'alice');
    expect(box).toHaveValue('alice');
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect(box).toHaveValue('alice');
  });

  it('typing adds one history entry: Back returns to the filter before it', async () => {
    const { user, router } = await renderRoute('/users?filter=status:active', { as: 'admin' });
    const box = await screen.findByLabelText('Search users');
    await screen.findByRole('table');
    await user.clear(box);
    // Slow typing: the filter settles (and is committed) several times.
    for (const ch of 'alice') {
      await user.type(box, ch);
      await act(() => new Promise((r) => setTimeout(r, 450)));
    }
    await waitFor(() => expect(filterOf(router)).toBe('alice'));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(filterOf(router)).toBe('status:active'));
    expect(box).toHaveValue('status:active');
  });

  it('Back pressed while a typed filter is pending wins over the typing', async () => {
    const { user, router } = await renderRoute('/users?filter=status:active', { as: 'admin' });
    await screen.findByRole('table');
    await act(() => router.navigate('/users?filter=status:suspended'));
    const box = await screen.findByLabelText('Search users');
    await waitFor(() => expect(box).toHaveValue('status:suspended'));
    await user.type(box, ' bob');
    await act(() => router.navigate(-1));
    await act(() => new Promise((r) => setTimeout(r, 600)));
    expect(filterOf(router)).toBe('status:active');
    expect(box).toHaveValue('status:active');
  });
});

describe('FilterBar terms', () => {
  function Terms() {
    const [value, setValue] = useState('role:owner status:active');
    return (
      <FilterBar label="Search" value={value} onChange={setValue} presets={[]} keys={[]} debounceMs={100} />
    );
  }

  it('each term has a remove button named after it; a click or Delete on it takes the term out', async () => {
    const user = userEvent.setup();
    render(<Terms />);
    const terms = screen.getByRole('group', { name: 'Filter terms' });
    expect(terms).toHaveTextContent('role:owner');
    await user.click(screen.getByRole('button', { name: 'Remove filter role:owner' }));
    expect(screen.getByLabelText('Search')).toHaveValue('status:active');
    screen.getByRole('button', { name: 'Remove filter status:active' }).focus();
    await user.keyboard('{Delete}');
    expect(screen.getByLabelText('Search')).toHaveValue('');
    expect(screen.queryByRole('button', { name: /^Remove filter / })).toBeNull();
  });
});

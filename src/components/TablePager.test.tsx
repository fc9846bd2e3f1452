/** The list pager: MUI's TablePagination layout from smaller parts, with a native page-size select. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TablePager } from './TablePager';

function draw(count: number, page: number, pageSize = 25) {
  const onPageChange = vi.fn();
  const onPageSizeChange = vi.fn();
  render(
    <TablePager
      count={count}
      page={page}
      pageSize={pageSize}
      onPageChange={onPageChange}
      onPageSizeChange={onPageSizeChange}
    />,
  );
  return { onPageChange, onPageSizeChange };
}

describe('TablePager', () => {
  it('names the rows shown and moves one page at a time (1-based)', async () => {
    const user = userEvent.setup();
    const { onPageChange } = draw(1234, 2);
    expect(screen.getByText('26–50 of 1,234')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await user.click(screen.getByRole('button', { name: 'Go to previous page' }));
    expect(onPageChange.mock.calls).toEqual([[3], [1]]);
  });

  it('offers 25, 50 and 100 rows per page in the browser’s own select', async () => {
    const user = userEvent.setup();
    const { onPageSizeChange } = draw(1234, 1);
    const size = screen.getByRole('combobox', { name: 'Rows per page' });
    expect(size).toHaveValue('25');
    expect([...(size as HTMLSelectElement).options].map((o) => o.value)).toEqual(['25', '50', '100']);
    await user.selectOptions(size, '100');
    expect(onPageSizeChange).toHaveBeenCalledWith(100);
  });

  it('on the last page, next is off and previous on', () => {
    draw(60, 3);
    expect(screen.getByText('51–60 of 60')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toBeEnabled();
  });

  it('an empty list shows 0–0 and no way to move', () => {
    draw(0, 1);
    expect(screen.getByText('0–0 of 0')).toBeVisible();
    for (const name of ['Go to next page', 'Go to previous page'])
      expect(screen.getByRole('button', { name })).toBeDisabled();
  });

  it('a page past the end counts as the last page', () => {
    draw(30, 9);
    expect(screen.getByText('26–30 of 30')).toBeVisible();
  });
});

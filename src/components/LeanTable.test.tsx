/** The plain-element row pieces (issue #17's next-page budget) keep what the MUI ones gave. */
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Avatar } from './Avatar';
import { RowCheckbox } from './LeanTable';
import { Pill } from './Pill';

describe('row pieces', () => {
  it('a row checkbox is a named, keyboard-operable checkbox whose "some picked" state follows its prop', async () => {
    function Harness() {
      const [n, setN] = useState(1);
      return (
        <RowCheckbox
          label="Select all"
          checked={n === 3}
          indeterminate={n > 0 && n < 3}
          onChange={() => setN(n + 1)}
        />
      );
    }
    render(<Harness />);
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all' });
    expect(box.indeterminate).toBe(true);
    expect(box).not.toBeChecked();
    box.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard(' ');
    expect(box).toBeChecked();
    expect(box.indeterminate).toBe(false);
  });

  it('an avatar shows only safe image URLs, and its letter when the image fails to load', () => {
    const { container, rerender } = render(<Avatar src="javascript:alert(1)" letter="mallory" size={36} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('M');
    rerender(<Avatar src="https://example.com/a.png" letter="alice" size={36} />);
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('src', 'https://example.com/a.png');
    expect(img.hidden).toBe(false);
    fireEvent.error(img);
    expect(img.hidden).toBe(true);
    expect(container.textContent).toBe('A');
    // Decorative: the name beside it says who it is.
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });

  it('a pill is a label, or a button when it opens something', async () => {
    const open = vi.fn();
    render(
      <>
        <Pill label="Running" color="success" />
        <Pill variant="outlined" label="bob" aria-label="Shared with 1 person" onClick={open} />
      </>,
    );
    expect(screen.queryByRole('button', { name: /Running/ })).toBeNull();
    expect(screen.getByText('Running')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Shared with 1 person' }));
    expect(open).toHaveBeenCalledOnce();
  });
});

/** The filter bar's lean fields: named by their label, the message describes the input, native selects. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Alert } from './Alert';
import { LeanSelect, LeanTextField } from './Field';

describe('LeanTextField', () => {
  it('is named by its label; a message marks it invalid and describes it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<LeanTextField id="q" label="Search users" value="" onChange={onChange} />);
    const box = screen.getByRole('textbox', { name: 'Search users' });
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).not.toHaveAccessibleDescription();
    await user.type(box, 'a');
    expect(onChange).toHaveBeenCalledTimes(1);

    rerender(<LeanTextField id="q" label="Search users" value="x" error="Bad filter." onChange={onChange} />);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Bad filter.');
    // The outline's notch repeats the label for drawing only (aria-hidden): the name is said once.
    expect(box).toHaveAccessibleName('Search users');
  });
});

describe('LeanSelect', () => {
  it('is the browser’s own select, named by its label', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <LeanSelect id="s" label="Status" value="" onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        <option value="active">Active</option>
      </LeanSelect>,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Active');
    expect(onChange).toHaveBeenCalledWith('active');
  });
});

describe('Alert', () => {
  it('announces an error with its title and action; a standing state is a named status', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { rerender } = render(
      <Alert severity="error" title="Could not load users" action={<button>Retry</button>}>
        Internal error.
      </Alert>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load usersInternal error.Retry');

    rerender(
      <Alert severity="warning" role="status" aria-label="Offline" onClose={onClose}>
        You are offline.
      </Alert>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status', { name: 'Offline' })).toHaveTextContent('You are offline.');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

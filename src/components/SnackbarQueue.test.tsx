/** Issue #17 §4: an Undo in the app-wide snackbar is named for what it undoes and reports its own result. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/http';
import { useOfferUndo } from './useOfferUndo';
import { SnackbarQueue } from './SnackbarQueue';

function Offer({ undo }: { undo: () => Promise<unknown> }) {
  const offerUndo = useOfferUndo();
  return (
    <button
      onClick={() =>
        offerUndo({
          text: 'alice is suspended.',
          what: 'suspend alice',
          undo,
          undone: 'alice is active again.',
        })
      }
    >
      Suspend
    </button>
  );
}

const setup = (undo: () => Promise<unknown>) => {
  render(
    <SnackbarQueue>
      <Offer undo={undo} />
    </SnackbarQueue>,
  );
  return userEvent.setup();
};

describe('Undo in the snackbar', () => {
  it('is a button named for the action; it runs once and reports the result', async () => {
    let runs = 0;
    const user = setup(() => Promise.resolve(runs++));
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    expect(await screen.findByText('alice is suspended.')).toBeVisible();
    const undo = screen.getByRole('button', { name: 'Undo suspend alice' });
    expect(undo).toHaveTextContent('Undo');
    await user.click(undo);
    expect(await screen.findByText('alice is active again.')).toBeVisible();
    expect(runs).toBe(1);
  });

  it("shows the server's message when the Undo fails", async () => {
    const user = setup(() => Promise.reject(new ApiError(500, { message: 'Fault 500: internal error.' })));
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await user.click(await screen.findByRole('button', { name: 'Undo suspend alice' }));
    expect(await screen.findByText('Could not undo suspend alice: Fault 500: internal error.')).toBeVisible();
  });

  it('answers Ctrl+Z outside text fields', async () => {
    let runs = 0;
    const user = setup(() => Promise.resolve(runs++));
    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await screen.findByRole('button', { name: 'Undo suspend alice' });
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('alice is active again.')).toBeVisible();
    expect(runs).toBe(1);
  });
});

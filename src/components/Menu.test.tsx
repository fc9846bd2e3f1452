/** components/Menu: MUI's Menu with the same props, loaded apart from the page that shows it. */
import { MenuItem } from '@mui/material';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Menu } from './Menu';

function Harness({ onPick }: { onPick: (x: string) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <button type="button" onClick={(e) => setAnchor(e.currentTarget)}>
        Open
      </button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            onPick('first');
            setAnchor(null);
          }}
        >
          First
        </MenuItem>
        <MenuItem>Second</MenuItem>
      </Menu>
    </>
  );
}

describe('Menu (lazy)', () => {
  it('renders nothing until first opened; then it is MUI’s menu, with focus on its first item', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const first = await screen.findByRole('menuitem', { name: 'First' });
    await waitFor(() => expect(first).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith('first');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    // Closing returns focus to the button that opened it (MUI's behaviour, kept by staying mounted).
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('Escape closes it', async () => {
    const user = userEvent.setup();
    render(<Harness onPick={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByRole('menu');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });
});

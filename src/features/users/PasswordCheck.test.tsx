/** Issue #13 §1: a typed password is checked by the server but never becomes a cache key, nor stays cached. */
import { focusManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

describe('create user: the password check', () => {
  it('shows the server’s verdict, and the password is in no query key and gone once the dialog closes', async () => {
    const { user, queryClient } = await renderRoute('/users', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    const secret = 'Plum-Kettle-Orbit-93';
    await user.type(await within(dialog).findByLabelText(/^Password/), secret);
    expect(await within(dialog).findByText('Strong enough.')).toBeVisible();
    const cached = () =>
      JSON.stringify([
        queryClient
          .getQueryCache()
          .findAll()
          .map((q) => q.queryKey),
        queryClient
          .getMutationCache()
          .getAll()
          .map((m) => m.state.variables),
      ]);
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .findAll()
          .map((q) => q.queryKey),
      ),
    ).not.toContain(secret);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const discard = screen.queryByRole('button', { name: /^Discard/ });
    if (discard) await user.click(discard);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create user' })).toBeNull());
    await waitFor(() => expect(cached()).not.toContain(secret));
  });
});

describe('another admin’s change', () => {
  it('shows when the window gets focus again (refetch on focus)', async () => {
    await renderRoute('/users?filter=alice', { as: 'admin' });
    const row = await screen.findByRole('row', { name: /alice@example\.com/ });
    expect(within(row).queryByText('Suspended')).toBeNull();
    // Elsewhere, alice is suspended; the data here goes stale, then the admin comes back to the tab.
    primaryDb().userByUsername('alice')!.status = 'suspended';
    primaryDb().changed();
    await new Promise((r) => setTimeout(r, 10));
    focusManager.setFocused(false);
    const stale = Date.now() + 11_000;
    const realNow = Date.now;
    Date.now = () => Math.max(realNow(), stale);
    try {
      focusManager.setFocused(true);
      await waitFor(() =>
        expect(
          within(screen.getByRole('row', { name: /alice@example\.com/ })).getByText('Suspended'),
        ).toBeVisible(),
      );
    } finally {
      Date.now = realNow;
      focusManager.setFocused(undefined);
    }
  });
});

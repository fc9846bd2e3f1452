/** Issue #13 §1: a bulk action acts on what is picked now, under the view it was picked in, with fresh data. */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

const bar = () => screen.getByRole('region', { name: 'Bulk actions' });
/** The bulk strip says how many are picked (nothing when none is). */
const pickedCount = () => within(bar()).queryByText(/selected$/)?.textContent ?? null;
const dbUser = (username: string) => primaryDb().userByUsername(username)!;

describe('users bulk actions', { timeout: 40_000 }, () => {
  it('a selection belongs to its filter: changing the filter drops it, so Suspend cannot land on other users', async () => {
    const { user, router } = await renderRoute('/users?filter=status:active', { as: 'admin' });
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('checkbox', { name: 'Select all users on this page' }));
    await user.click(await screen.findByRole('button', { name: /Select all .* users matching this filter/ }));
    expect(pickedCount()).toMatch(/selected$/);

    await user.clear(screen.getByLabelText('Search users'));
    await user.click(screen.getByLabelText('Search users'));
    await user.paste('status:suspended');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?filter=status%3Asuspended'));
    await screen.findByRole('row', { name: /suspended/ });
    expect(pickedCount()).toBeNull();
    expect(within(screen.getByRole('table')).queryByRole('checkbox', { checked: true })).toBeNull();
    // Back to the first filter: the old selection is gone, not hidden.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(router.state.location.search).toBe('?filter=status:active'));
    await screen.findByRole('checkbox', { name: 'Select alice' });
    expect(pickedCount()).toBeNull();
  });

  it('a selection belongs to its page: the next page starts with nothing picked', async () => {
    const { user } = await renderRoute('/users', { as: 'admin' });
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('checkbox', { name: 'Select alice' }));
    expect(pickedCount()).toBe('1 selected');
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Select alice' })).toBeNull());
    expect(pickedCount()).toBeNull();
  });

  it('adding a role in bulk keeps a role granted since the users were picked', async () => {
    const { user } = await renderRoute('/users?filter=alice', { as: 'admin' });
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('checkbox', { name: 'Select alice' }));
    // Another admin makes alice an auditor after she was picked.
    const alice = dbUser('alice');
    alice.roles = [...alice.roles, 'auditor'];
    primaryDb().changed();

    await user.click(await within(bar()).findByRole('button', { name: 'Add role' }));
    await user.click(await screen.findByRole('menuitem', { name: /Template Admin/i }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /^Add .* to 1$/ }));
    expect(await within(dialog).findByRole('button', { name: 'Done' })).toBeVisible();
    await waitFor(() => expect(dbUser('alice').roles.sort()).toEqual(['auditor', 'template-admin']));
  });
});

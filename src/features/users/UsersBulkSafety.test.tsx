/** Issue #13 §1: a bulk action acts on what is picked now, under the view it was picked in, with fresh data. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

const bar = () => screen.queryByRole('region', { name: 'Bulk actions' });
const dbUser = (username: string) => primaryDb().userByUsername(username)!;

describe('users bulk actions', () => {
  it('a selection belongs to its filter: changing the filter drops it, so Suspend cannot land on other users', async () => {
    const { user, router } = await renderRoute('/users?filter=status:active', { as: 'admin' });
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('checkbox', { name: 'Select all users on this page' }));
    await user.click(await screen.findByRole('button', { name: /Select all .* users matching this filter/ }));
    expect(within(bar()!).getByText(/selected/)).toBeVisible();

    await user.clear(screen.getByLabelText('Search users'));
    await user.type(screen.getByLabelText('Search users'), 'status:suspended{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?filter=status%3Asuspended'));
    await screen.findByRole('row', { name: /suspended/ });
    expect(bar()).toBeNull();
    expect(within(screen.getByRole('table')).queryByRole('checkbox', { checked: true })).toBeNull();
  });

  it('a selection belongs to its page: the next page starts with nothing picked', async () => {
    const { user } = await renderRoute('/users', { as: 'admin' });
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('checkbox', { name: 'Select alice' }));
    expect(bar()).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Select alice' })).toBeNull());
    expect(bar()).toBeNull();
  });

  it('adding a role in bulk keeps a role granted since the users were picked', async () => {
    const { user } = await renderRoute('/users?filter=alice', { as: 'admin' });
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('checkbox', { name: 'Select alice' }));
    // Another admin makes alice an auditor after she was picked.
    const alice = dbUser('alice');
    alice.roles = [...alice.roles, 'auditor'];
    primaryDb().changed();

    await user.click(within(bar()!).getByRole('button', { name: 'Add role' }));
    await user.click(await screen.findByRole('menuitem', { name: /Template Admin/i }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /^Add .* to 1$/ }));
    expect(await within(dialog).findByRole('button', { name: 'Done' })).toBeVisible();
    await waitFor(() => expect(dbUser('alice').roles.sort()).toEqual(['auditor', 'template-admin']));
  });
});

import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mock/runtimes/node';
import { renderRoute } from '../../test/render';
import { openShare, refuseAclUpdates, staging, uid } from '../../test/sharing';

configure({ asyncUtilTimeout: 10_000 });

describe('Share dialog', { timeout: 40_000 }, () => {
  it('adds a person with use by default and saves one PATCH', async () => {
    const { user, dialog } = await openShare('admin');
    expect(within(dialog).getByRole('listitem', { name: 'oncall-sre (owner)' })).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Add people or groups'), 'carol');
    await user.click(await screen.findByRole('option', { name: /Carol Danvers/ }));
    const row = within(dialog).getByRole('listitem', { name: 'carol' });
    expect(within(row).getByText('New')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Sharing saved.')).toBeInTheDocument();
    expect(staging().user_acl[uid('carol')]).toBe('use');
  });

  it('a role set back to what the server has is no change: Save stays off, nothing is sent', async () => {
    const { user, dialog } = await openShare('admin');
    const role = () => within(dialog).getByRole('combobox', { name: 'Role for bob' });
    const before = role().textContent;
    const other = before === 'use' ? 'admin' : 'use';
    await user.click(role());
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${other}`) }));
    expect(within(dialog).getByText('Changed')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
    await user.click(role());
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${before}`) }));
    expect(within(dialog).queryByText('Changed')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('a failed people search says so in the picker instead of loading forever', async () => {
    server.use(
      http.get('*/api/v2/organizations/:org/paginated-members', () =>
        HttpResponse.json({ message: 'Search is down.' }, { status: 500 }),
      ),
    );
    const r = await renderRoute('/@oncall-sre/staging-env', { as: 'admin' });
    await r.user.click(await screen.findByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share staging-env' });
    await r.user.type(within(dialog).getByLabelText('Add people or groups'), 'car');
    expect(await screen.findByText('Search failed: Search is down.')).toBeVisible();
  });

  it('removal is staged with Undo (no second question), then says it takes effect after a restart', async () => {
    const { user, dialog } = await openShare('admin');
    await user.click(within(dialog).getByRole('button', { name: 'Remove bob' }));
    expect(screen.queryByRole('dialog', { name: 'Remove bob?' })).toBeNull();
    expect(within(dialog).getByText('Will be removed')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(/takes full effect after the workspace restarts/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Restart now' })).toBeInTheDocument();
    expect(staging().user_acl[uid('bob')]).toBeUndefined();
  });

  it('keeps staged edits and shows the server error when saving fails; asks before discarding', async () => {
    refuseAclUpdates();
    const { user, dialog } = await openShare('admin');
    await user.type(within(dialog).getByLabelText('Add people or groups'), 'backend');
    // Wait for the server-side search to settle (the unfiltered first page goes away).
    await waitFor(() => expect(screen.queryByRole('option', { name: /Ada Admin/ })).not.toBeInTheDocument());
    await user.click(await screen.findByRole('option', { name: /^Backend/ }));
    expect(await within(dialog).findByRole('listitem', { name: 'Backend (group)' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/sharing is disabled for this organization/)).toBeInTheDocument();
    expect(within(dialog).getByRole('listitem', { name: 'Backend (group)' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).toBeInTheDocument();
  });

  it('an admin sharee invites with use only, with the reason; cannot change their own role', async () => {
    const { user, dialog } = await openShare('bob');
    // Nobody is offered themselves.
    await user.type(within(dialog).getByLabelText('Add people or groups'), 'bob');
    expect(await screen.findByText('Nobody matches')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Add people or groups'));
    expect(within(dialog).getByText(/invite others with the use role only/)).toBeInTheDocument();
    expect(
      within(within(dialog).getByRole('listitem', { name: 'bob' })).getByRole('combobox'),
    ).toHaveAttribute('aria-disabled', 'true');
    await user.type(within(dialog).getByLabelText('Add people or groups'), 'carol');
    await user.click(await screen.findByRole('option', { name: /Carol Danvers/ }));
    await user.click(within(within(dialog).getByRole('listitem', { name: 'carol' })).getByRole('combobox'));
    expect(await screen.findByRole('option', { name: /^admin/ })).toHaveAttribute('aria-disabled', 'true');
  });

  it('a use sharee sees the page without Share or Delete', async () => {
    await renderRoute('/@oncall-sre/staging-env', { as: 'alice' });
    expect(await screen.findByRole('heading', { name: 'staging-env' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Stop' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });
});

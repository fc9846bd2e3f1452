import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { suspendUser } from '../../api/users';
import { patchWorkspaceAcl } from '../../api/workspaceAcl';
import { primaryDb } from '../../mock/state';
import { renderRoute, signInAs } from '../../test/render';

const db = () => primaryDb();

describe('Audit page', () => {
  it('answers "who suspended alice?" in one filter, with the diff behind the row', async () => {
    await signInAs('useradmin');
    await suspendUser('alice');
    const filter = 'resource_type:user resource_target:alice action:write';
    const { user } = await renderRoute(`/audit?filter=${encodeURIComponent(filter)}`, { as: 'auditor' });
    expect(await screen.findByLabelText('Search the audit log')).toHaveValue(filter);
    const table = await screen.findByRole('table', { name: 'Audit log' });
    const row = await within(table).findByRole('row', { name: /useradmin updated user alice/ });
    expect(within(row).getByRole('link', { name: 'alice' })).toHaveAttribute('href', '/users/alice');
    expect(within(row).getByRole('link', { name: 'useradmin' })).toHaveAttribute('href', '/users/useradmin');
    await user.click(within(row).getByRole('button', { name: 'Show details of useradmin write alice' }));
    const diff = await screen.findByRole('table', { name: 'Changes in this user entry' });
    const status = within(diff).getByRole('row', { name: /status/ });
    expect(
      within(status)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['active', 'suspended']);
    // The seeded failed attempt by carol is the other match.
    expect(
      within(table).getByRole('row', { name: /carol unsuccessfully attempted to write user alice/ }),
    ).toBeVisible();
  });

  it('names the user a workspace was shared with, and masks nothing it need not', async () => {
    await signInAs('admin');
    const ws = db().data.workspaces.find((w) => w.name === 'incident-room')!;
    const bob = db().userByUsername('bob')!;
    await patchWorkspaceAcl(ws.id, { user_roles: { [bob.id]: 'admin' } });
    const { user } = await renderRoute(
      `/audit?filter=${encodeURIComponent('resource_target:incident-room action:write')}`,
      { as: 'admin' },
    );
    const row = await screen.findByRole('row', { name: /admin updated workspace incident-room/ });
    expect(within(row).getByRole('link', { name: 'incident-room' })).toHaveAttribute(
      'href',
      '/@oncall-sre/incident-room',
    );
    await user.click(within(row).getByRole('button', { name: /Show details/ }));
    const diff = await screen.findByRole('table', { name: 'Changes in this workspace entry' });
    const change = await within(diff).findByRole('row', { name: /user_acl · bob/ });
    expect(
      within(change)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['(none)', 'admin']);
  });

  it('shows the server’s complaint about a filter and no rows', async () => {
    await renderRoute(`/audit?filter=${encodeURIComponent('action:fly')}`, { as: 'admin' });
    expect(await screen.findByText('This filter is not valid')).toBeVisible();
    expect(screen.getByText(/"fly" is not a valid value No entries are shown/)).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Audit log' })).toBeNull();
  });

  it('shows the Premium gate on a deployment without audit logs', async () => {
    db().data.deployment.premium = false;
    await renderRoute('/audit', { as: 'admin' });
    expect(await screen.findByText('Audit logs needs Coder Premium')).toBeVisible();
    expect(screen.queryByLabelText('Search the audit log')).toBeNull();
  });

  it('is not offered to a member, and its route refuses them', async () => {
    await renderRoute('/audit', { as: 'member' });
    expect(await screen.findByRole('heading', { name: "You don't have access" })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(nav).getAllByRole('link').length).toBeGreaterThan(0));
    expect(within(nav).queryByRole('link', { name: 'Audit log' })).toBeNull();
  });
});

import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

// Full routes render the shell and lazy modules; a shared 2-core CI box needs more than the 1s default.
configure({ asyncUtilTimeout: 5000 });

const group = (name: string) => primaryDb().data.groups.find((g) => g.name === name);
const userId = (name: string) => primaryDb().userByUsername(name)!.id;

describe('Groups', () => {
  it('lists an organization’s groups with members, source and quota', async () => {
    await renderRoute('/organizations/coder/groups', { as: 'admin' });
    const sre = await screen.findByRole('row', { name: /SRE on-call/ });
    expect(within(sre).getByText('Identity provider')).toBeInTheDocument();
    expect(within(sre).getByText(String(group('sre-oncall')!.member_ids.length))).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Everyone/ })).toBeInTheDocument();
  });

  it('/groups opens the default organization’s groups', async () => {
    const { router } = await renderRoute('/groups', { as: 'admin' });
    expect(await screen.findByRole('table', { name: 'Groups' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations/coder/groups');
  });

  it('Escape closes a clean form at once and asks before discarding a filled one', async () => {
    const { user } = await renderRoute('/organizations/coder/groups', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Create group' }));
    await screen.findByRole('dialog', { name: 'Create group' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Create group' }));
    const form = await screen.findByRole('dialog', { name: 'Create group' });
    await user.type(within(form).getByLabelText(/^Name/), 'half-typed');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard/ })).not.toBeInTheDocument());
    expect(within(form).getByLabelText(/^Name/)).toHaveValue('half-typed');

    await user.keyboard('{Escape}');
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole('button', {
        name: 'Discard',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(group('half-typed')).toBeUndefined();
  });

  it('creates a group, showing server errors in the form', async () => {
    const { user, router } = await renderRoute('/organizations/coder/groups', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Create group' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Name/), 'frontend');
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect(await within(dialog).findByText('Group names must be unique')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText(/^Name/));
    await user.type(within(dialog).getByLabelText(/^Name/), 'qa');
    await user.type(within(dialog).getByLabelText('Display name'), 'Quality');
    await user.clear(within(dialog).getByLabelText('Quota allowance'));
    await user.type(within(dialog).getByLabelText('Quota allowance'), '25');
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect(await screen.findByRole('heading', { name: 'Quality' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/groups/coder/qa');
    expect(group('qa')).toMatchObject({ display_name: 'Quality', quota_allowance: 25 });
  });

  it('adds several members at once (one PATCH), then removes one', async () => {
    const contractors = group('contractors')!;
    contractors.member_ids = contractors.member_ids.filter(
      (id) => id !== userId('alice') && id !== userId('bob'),
    );
    const { user } = await renderRoute('/groups/coder/contractors', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Add member' }));
    const add = await screen.findByRole('dialog', { name: /Add members to/ });
    const field = within(add).getByLabelText('Members');
    await user.type(field, 'alice');
    await user.click(await screen.findByRole('option', { name: /alice/ }));
    await user.clear(field);
    await user.type(field, 'bob');
    await user.click(await screen.findByRole('option', { name: /bob@example\.com/ }));
    expect(within(add).getByRole('button', { name: 'alice' })).toBeInTheDocument();
    await user.click(within(add).getByRole('button', { name: 'Add 2 to group' }));
    expect(await screen.findByRole('row', { name: /alice/ })).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /bob/ })).toBeInTheDocument();
    expect(group('contractors')!.member_ids).toEqual(
      expect.arrayContaining([userId('alice'), userId('bob')]),
    );

    await user.click(screen.getByRole('button', { name: 'Remove alice from group' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove from group' }),
    );
    await waitFor(() => expect(screen.queryByRole('row', { name: /alice/ })).not.toBeInTheDocument());
    expect(group('contractors')!.member_ids).not.toContain(userId('alice'));
  });

  it('edits and deletes a group', async () => {
    const { user, router } = await renderRoute('/groups/coder/contractors', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Edit group' }));
    const dialog = await screen.findByRole('dialog');
    await user.clear(within(dialog).getByLabelText('Display name'));
    await user.type(within(dialog).getByLabelText('Display name'), 'External');
    await user.click(within(dialog).getByRole('button', { name: 'Save group' }));
    expect(await screen.findByRole('heading', { name: 'External' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete group' }));
    const confirm = await screen.findByRole('dialog');
    await user.type(within(confirm).getByRole('textbox'), 'contractors');
    await user.click(within(confirm).getByRole('button', { name: 'Delete group' }));
    expect(await screen.findByRole('table', { name: 'Groups' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations/coder/groups');
    expect(group('contractors')).toBeUndefined();
  });

  it('explains the Everyone group instead of offering member edits or delete', async () => {
    await renderRoute('/groups/coder/Everyone', { as: 'admin' });
    expect(await screen.findByText(/Everyone always contains every member/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit group' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete group' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /from group$/ })).not.toBeInTheDocument();
  });

  it('shows identity-provider groups’ membership read-only', async () => {
    await renderRoute('/groups/coder/sre-oncall', { as: 'admin' });
    expect(await screen.findByText(/synced from your identity provider/)).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /bob/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
  });

  it('members see groups but cannot create or edit them', async () => {
    await renderRoute('/groups/coder/frontend', { as: 'member' });
    expect(await screen.findByRole('heading', { name: 'Frontend' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit group' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
  });

  it('shows the Premium notice without the template_rbac entitlement', async () => {
    primaryDb().data.deployment.premium = false;
    await renderRoute('/organizations/coder/groups', { as: 'admin' });
    expect(await screen.findByText('Groups needs Coder Premium')).toBeInTheDocument();
  });
});

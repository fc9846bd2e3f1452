import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mock/runtimes/node';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';
import { rewriteGet } from '../../test/rewrite';

const membership = (org: string, username: string) =>
  primaryDb().membership(primaryDb().org(org)!.id, primaryDb().userByUsername(username)!.id);

// Full routes render the shell and lazy modules; a shared 2-core CI box needs more than the 1s default.
configure({ asyncUtilTimeout: 5000 });

describe('MembersPage', () => {
  it('adds a member found by a server-side search', async () => {
    const { user } = await renderRoute('/organizations/research/members?filter=bob', { as: 'admin' });
    expect(await screen.findByText('No members match this filter')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('User'), 'bob');
    await user.click(await screen.findByRole('option', { name: /bob/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add member' }));
    expect(await screen.findByText('bob@example.com')).toBeInTheDocument();
    expect(membership('research', 'bob')).toBeDefined();
  });

  it('grants an org role with its description shown', async () => {
    const { user } = await renderRoute('/organizations/research/members?filter=carol', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Edit roles of carol' }));
    const roles = await screen.findByRole('dialog');
    expect(within(roles).getByText(/Manages this organization’s templates/)).toBeInTheDocument();
    await user.click(within(roles).getByRole('checkbox', { name: /Organization Template Admin/ }));
    await user.click(within(roles).getByRole('button', { name: 'Save roles' }));
    expect(await screen.findByText('Organization Template Admin')).toBeInTheDocument();
    expect(membership('research', 'carol')?.roles).toEqual(['organization-template-admin']);
  });

  it('Edit roles opens at once; roles that fail to load show the error with Retry, then the roles', async () => {
    let failing = true;
    server.use(
      http.get('*/api/v2/organizations/:org/members/roles', () =>
        failing ? HttpResponse.json({ message: 'Roles are unavailable.' }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await renderRoute('/organizations/research/members?filter=carol', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Edit roles of carol' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of carol' });
    expect(await within(dialog).findByText('Roles are unavailable.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save roles' })).toBeDisabled();
    failing = false;
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(
      await within(dialog).findByRole('checkbox', { name: /Organization Template Admin/ }),
    ).toBeInTheDocument();
  });

  it('removes a member after confirmation', async () => {
    const { user } = await renderRoute('/organizations/platform/members?filter=alice', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Remove alice' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove member' }),
    );
    expect(await screen.findByText('No members match this filter')).toBeInTheDocument();
    expect(membership('platform', 'alice')).toBeUndefined();
  });

  it('paginates and searches on the server with the page in the URL', async () => {
    const { user, router } = await renderRoute('/organizations/coder/members', { as: 'admin' });
    const total = primaryDb().membersOf(primaryDb().org('coder')!.id).length;
    expect(await screen.findByText(`1–25 of ${total}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText(`26–50 of ${total}`)).toBeInTheDocument();
    expect(router.state.location.search).toContain('page=2');
  });

  it('a server answering count 0 beside rows: the rows show and the pager counts them', async () => {
    rewriteGet('*/api/v2/organizations/:org/paginated-members', (b: object) => ({ ...b, count: 0 }));
    await renderRoute('/organizations/coder/members', { as: 'admin' });
    expect(await screen.findByText('1–25 of 25')).toBeInTheDocument();
    expect(screen.queryByText(/No members/)).toBeNull();
  });

  it('an org user admin may only grant the roles it is allowed to', async () => {
    const { user } = await renderRoute('/organizations/platform/members?filter=alice', { as: 'orgadmin' });
    await user.click(await screen.findByRole('button', { name: 'Edit roles of alice' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('checkbox', { name: /Organization Admin/ })).toBeDisabled();
    // A default role of the organization: every member has it, so it reads checked, and is locked.
    const access = within(dialog).getByRole('checkbox', { name: /Organization Workspace Access/ });
    expect(access).toBeChecked();
    expect(access).toBeDisabled();
    expect(within(dialog).getByText(/Every member has it/)).toBeInTheDocument();
  });

  it('a member sees members read-only', async () => {
    await renderRoute('/organizations/coder/members', { as: 'member' });
    expect(await screen.findByRole('table', { name: 'Members' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove / })).not.toBeInTheDocument();
  });

  it('an org admin cannot open another organization (404 page)', async () => {
    await renderRoute('/organizations/research/members', { as: 'orgadmin' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

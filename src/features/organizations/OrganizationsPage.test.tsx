import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

// Full routes render the shell and lazy modules; a shared 2-core CI box needs more than the 1s default.
configure({ asyncUtilTimeout: 5000 });

describe('OrganizationsPage', () => {
  it('lists every organization with member counts for an owner', async () => {
    await renderRoute('/organizations', { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'Organizations' });
    const row = within(table).getByRole('row', { name: /Platform Engineering/ });
    const platformCount = primaryDb().membersOf(primaryDb().org('platform')!.id).length;
    expect(await within(row).findByText(String(platformCount))).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Research Lab/ })).toBeInTheDocument();
  });

  it('shows a member only their organizations and no create button', async () => {
    await renderRoute('/organizations', { as: 'carol' });
    const table = await screen.findByRole('table', { name: 'Organizations' });
    expect(within(table).getByRole('link', { name: 'Research Lab' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Platform Engineering' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create organization' })).not.toBeInTheDocument();
  });

  it('keeps typed values and shows client and server name errors', async () => {
    const { user } = await renderRoute('/organizations', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Create organization' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Bad name');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(await within(dialog).findByText(/letters, numbers and single hyphens/i)).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText(/^Name/));
    await user.type(within(dialog).getByLabelText(/^Name/), 'platform');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(
      await within(dialog).findByText('Organization already exists with that name.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('platform');
  });

  it('creates an organization and opens it', async () => {
    const { user, router } = await renderRoute('/organizations', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Create organization' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Name/), 'acme');
    await user.type(within(dialog).getByLabelText('Display name'), 'Acme Corp');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    expect(await screen.findByRole('heading', { name: 'Acme Corp' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations/acme/members');
    expect(primaryDb().org('acme')).toMatchObject({ display_name: 'Acme Corp' });
  });

  it('offers no create button without the Premium entitlement and says why', async () => {
    primaryDb().data.deployment.premium = false;
    await renderRoute('/organizations', { as: 'admin' });
    expect(await screen.findByText('Multiple organizations needs Coder Premium')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create organization' })).not.toBeInTheDocument();
  });
});

describe('organization switcher', () => {
  it('lists only the user’s organizations and keeps the section when switching', async () => {
    const { user, router } = await renderRoute('/organizations/coder/groups', { as: 'alice' });
    await user.click(await screen.findByRole('button', { name: 'Organization: Coder' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByRole('menuitem', { name: /Research Lab/ })).not.toBeInTheDocument();
    await user.click(within(menu).getByRole('menuitem', { name: /Platform Engineering/ }));
    expect(
      await screen.findByRole('button', { name: 'Organization: Platform Engineering' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations/platform/groups');
  });
});

import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

// Full routes render the shell and lazy modules; a shared 2-core CI box needs more than the 1s default.
configure({ asyncUtilTimeout: 5000 });

describe('OrganizationSettingsPage', () => {
  it('renames an organization and follows it to its new URL', async () => {
    const { user, router } = await renderRoute('/organizations/platform/settings', { as: 'admin' });
    await screen.findByRole('button', { name: 'Save changes' });
    const name = screen.getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'platform-eng');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations/platform-eng/settings');
    expect(primaryDb().org('platform-eng')).toBeDefined();
    // The old name's cached entry is not trusted: a visit asks the server, which no longer knows it.
    await router.navigate('/organizations/platform/settings');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('explains why the default organization cannot be deleted', async () => {
    await renderRoute('/organizations/coder/settings', { as: 'admin' });
    expect(await screen.findByText(/default organization: every new user joins it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete organization/ })).not.toBeInTheDocument();
  });

  it('deletes an empty organization after typing its name', async () => {
    primaryDb().data.organizations.push({
      ...primaryDb().org('research')!,
      id: crypto.randomUUID(),
      name: 'empty',
      is_default: false,
    });
    primaryDb().changed();
    const { user, router } = await renderRoute('/organizations/empty/settings', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Delete organization…' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Delete organization' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), 'empty');
    await user.click(confirm);
    expect(await screen.findByRole('heading', { name: 'Organizations' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations');
    expect(primaryDb().org('empty')).toBeUndefined();
  });

  it('shows settings read-only to a member', async () => {
    await renderRoute('/organizations/coder/settings', { as: 'member' });
    expect(await screen.findByLabelText(/^Name/)).toHaveAttribute('readonly');
    expect(screen.getByText(/Only organization admins and owners/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });
});

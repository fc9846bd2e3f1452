import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

async function openCreateUser(as: string) {
  const { user } = await renderRoute('/users?filter=nobody-at-all', { as });
  await user.click(await screen.findByRole('button', { name: 'Create user' }));
  const dialog = await screen.findByRole('dialog', { name: 'Create user' });
  await user.click(await within(dialog).findByRole('combobox', { name: 'Login type' }));
  return { user, dialog };
}

describe('Create user: login types', () => {
  it('offers every login type the deployment has configured, and creates an OIDC user', async () => {
    const { user, dialog } = await openCreateUser('admin');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Password',
      'None (API tokens only)',
      'GitHub',
      'OpenID Connect',
    ]);
    await user.click(screen.getByRole('option', { name: 'OpenID Connect' }));
    expect(within(dialog).queryByLabelText(/Password/)).toBeNull();
    await user.type(within(dialog).getByLabelText(/Username/), 'olivia');
    await user.type(within(dialog).getByLabelText(/Email/), 'olivia@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    await waitFor(() =>
      expect(primaryDb().userByUsername('olivia')).toMatchObject({ login_type: 'oidc', password: null }),
    );
  });

  it('offers only what is configured: no OIDC on a deployment without it', async () => {
    primaryDb().data.deployment.oidc_auth = false;
    await openCreateUser('admin');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Password',
      'None (API tokens only)',
      'GitHub',
    ]);
  });
});

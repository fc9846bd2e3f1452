import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';

async function openCreateUser(as: string) {
  const { user } = await renderRoute('/users?filter=nobody-at-all', { as });
  await user.click(await screen.findByRole('button', { name: 'Create user' }));
  const dialog = await screen.findByRole('dialog', { name: 'Create user' });
  await user.click(await within(dialog).findByRole('combobox', { name: 'Login type' }));
  return dialog;
}

describe('Create user: login types', () => {
  it('offers every login type the deployment has configured', async () => {
    await openCreateUser('admin');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Password',
      'None (API tokens only)',
      'GitHub',
      'OpenID Connect',
    ]);
  });
});

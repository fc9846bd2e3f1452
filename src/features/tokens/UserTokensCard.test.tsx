import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../../mock/secrets';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

const tokensOf = (username: string) => {
  const db = primaryDb();
  const id = db.userByUsername(username)?.id;
  return db.data.sessions.filter((s) => s.user_id === id && s.token_name !== undefined);
};

describe('API tokens on the user page', () => {
  it('an owner creates a token for a service account, and sees the secret once', async () => {
    const { user } = await renderRoute('/users/oncall-sre', { as: 'admin' });
    const card = await screen.findByRole('region', { name: 'API tokens' });
    expect(await within(card).findByText(/No tokens/)).toBeVisible();

    await user.click(within(card).getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a token for oncall-sre' });
    // The deployment allows at most 90 days: a year is not offered.
    await user.click(within(dialog).getByRole('combobox', { name: 'Lifetime' }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['1 day', '7 days', '30 days', '60 days', '90 days']);
    await user.click(screen.getByRole('option', { name: '7 days' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Scope' }));
    await user.click(screen.getByRole('option', { name: 'Workspace apps only' }));
    await user.type(within(dialog).getByLabelText('Name'), 'pager-bridge');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Token created' });
    const secret = within(shown).getByLabelText<HTMLInputElement>('Token').value;
    const [row] = tokensOf('oncall-sre');
    expect(row?.token_hash).toBe(hashToken(secret));
    expect(row?.id).toBe(secret.split('-')[0]);
    expect(row).toMatchObject({ token_name: 'pager-bridge', scopes: ['coder:application_connect'] });
    expect(row?.lifetime_seconds).toBe(7 * 24 * 3600);
    expect(within(shown).getByText(/only time the token is shown/)).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Token created' })).toBeVisible();
    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const table = await within(card).findByRole('table', { name: 'API tokens' });
    expect(
      within(table).getByRole('row', { name: /pager-bridge Workspace apps only Never in 7 days/ }),
    ).toBeVisible();
    expect(document.body.textContent).not.toContain(secret);
  });

  it('deletes a token after asking', async () => {
    const db = primaryDb();
    const now = Date.now();
    db.addSession('AbCdEfGhIj-0123456789abcdefghijkl', {
      user_id: db.userByUsername('oncall-sre')?.id ?? '',
      created_at: new Date(now - 3600_000).toISOString(),
      expires_at: new Date(now + 3600_000).toISOString(),
      token_name: 'old-ci',
      scopes: ['coder:all'],
      lifetime_seconds: 7200,
    });
    const { user } = await renderRoute('/users/oncall-sre', { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API tokens' });
    expect(within(table).getByRole('row', { name: /old-ci Full access/ })).toBeVisible();
    await user.click(within(table).getByRole('button', { name: 'Delete token old-ci' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete token old-ci?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete token' }));
    expect(await screen.findByText(/No tokens/)).toBeVisible();
    expect(tokensOf('oncall-sre')).toEqual([]);
  });

  it('shows a duplicate name under the field and keeps the form filled', async () => {
    const db = primaryDb();
    const now = Date.now();
    db.addSession('ZyXwVuTsRq-0123456789abcdefghijkl', {
      user_id: db.userByUsername('alice')?.id ?? '',
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + 3600_000).toISOString(),
      token_name: 'laptop',
      scopes: ['coder:all'],
      lifetime_seconds: 3600,
    });
    const { user } = await renderRoute('/users/alice', { as: 'alice' });
    await user.click(await screen.findByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a token for alice' });
    await user.type(within(dialog).getByLabelText('Name'), 'laptop');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText('Token name must be unique.')).toBeVisible();
    expect(within(dialog).getByLabelText('Name')).toHaveValue('laptop');
    expect(tokensOf('alice')).toHaveLength(1);
    await user.type(within(dialog).getByLabelText('Name'), ' 2');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText(/Letters and digits/)).toBeVisible();
  });

  it('is not shown to whoever may not manage the user’s tokens', async () => {
    await renderRoute('/users/alice', { as: 'useradmin' });
    expect(await screen.findByText('Site roles')).toBeVisible();
    // The card's authcheck left with the page's other queries; by the time her workspaces show, it is back.
    expect(await screen.findByRole('link', { name: /^\d+ workspaces$/ })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'API tokens' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create token' })).toBeNull();
  });
});

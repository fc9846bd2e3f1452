/** Issue #15 §3: every form dialog behaves like Share — Cancel on typed input asks before discarding it. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render';

describe('Cancel in a form dialog', () => {
  it('asks before throwing typed input away, and closes a clean form at once', async () => {
    const { user } = await renderRoute('/users', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Create user' }, { timeout: 15_000 }));
    let dialog = await screen.findByRole('dialog', { name: 'Create user' }, { timeout: 15_000 });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Create user' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Create user' }));
    dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await user.type(await within(dialog).findByLabelText(/Username/), 'newbie');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).toBeVisible();
    expect(within(dialog).getByLabelText(/Username/)).toHaveValue('newbie');
  });
});

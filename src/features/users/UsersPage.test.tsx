import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '../../mock/runtimes/node';
import { primaryDb } from '../../mock/state';
import { captureConsole } from '../../test/console';
import { renderRoute } from '../../test/render';
import { rewriteGet } from '../../test/rewrite';

const row = (name: string) =>
  // A row is named by its cells from the username on (the avatar is decorative, hidden from assistive tech).
  screen.findByRole('row', { name: new RegExp(`^(Select ${name} )?${name} `) });
const dbUser = (username: string) => primaryDb().data.users.find((u) => u.username === username);

describe('Users page', () => {
  it('lists users with server-side pages and keeps the filter in the URL', async () => {
    const { user, router } = await renderRoute('/users?filter=status:suspended', { as: 'admin' });
    expect(await row('suspended')).toBeVisible();
    expect(screen.getByLabelText('Search users')).toHaveValue('status:suspended');
    await user.clear(screen.getByLabelText('Search users'));
    await user.type(screen.getByLabelText('Search users'), 'alice{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?filter=alice'));
    expect(await row('alice')).toBeVisible();
    expect(screen.getByText(/1–1 of 1/)).toBeVisible();
  });

  it('an invalid filter shows the server’s complaint and no stale rows, the filter stays editable', async () => {
    const { user } = await renderRoute('/users?filter=alice', { as: 'admin' });
    expect(await row('alice')).toBeVisible();
    await user.type(screen.getByLabelText('Search users'), ' colour:blue{Enter}');
    expect(await screen.findByText('"colour" is not a valid query param')).toBeVisible();
    expect(screen.getByText('This filter is not valid')).toBeVisible();
    expect(screen.queryByRole('row', { name: /alice/ })).toBeNull();
    expect(screen.getByLabelText('Search users')).toHaveValue('alice colour:blue');
  });

  it('an invalid filter opened by URL says so, and is requested once (no retry of a 4xx)', async () => {
    const asked: string[] = [];
    const listen = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/api/v2/users') asked.push(request.url);
    };
    server.events.on('request:start', listen);
    try {
      await renderRoute('/users?filter=foo:bar', { as: 'admin' });
      expect(await screen.findByText('This filter is not valid')).toBeVisible();
      expect(screen.getByLabelText('Search users')).toHaveValue('foo:bar');
      expect(
        within(screen.getByRole('region', { name: 'No results' })).getByRole('button'),
      ).toHaveTextContent('Clear filter');
      expect(asked).toHaveLength(1);
    } finally {
      server.events.removeListener('request:start', listen);
    }
  });

  it('a page past the end says so, keeps the pager and offers the first page', async () => {
    const { user, router } = await renderRoute('/users?page=99', { as: 'admin' });
    expect(await screen.findByText('Page 99 is past the end')).toBeVisible();
    expect(screen.queryByText('No users yet')).toBeNull();
    expect(screen.getByText('Rows per page')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'First page' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText(/^1–25 of/)).toBeVisible();
    expect(screen.queryByText(/is past the end/)).toBeNull();
  });

  it('snaps an unsupported page size visibly', async () => {
    const { router } = await renderRoute('/users?pageSize=40', { as: 'admin' });
    expect(
      await screen.findByText(/40 rows per page is not offered here; showing 50 per page/),
    ).toBeVisible();
    await waitFor(() => expect(router.state.location.search).toBe('?pageSize=50'));
    expect(screen.getByText(/1–50 of/)).toBeVisible();
  });

  it('a server answering count 0 beside rows: the rows show, not "No users yet"', async () => {
    rewriteGet('*/api/v2/users', (b: { users: unknown[] }) => ({ ...b, count: 0 }));
    await renderRoute('/users?filter=alice', { as: 'admin' });
    expect(await row('alice')).toBeVisible();
    expect(screen.queryByText('No users yet')).toBeNull();
    expect(screen.getByText('1–1 of 1')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('a missing user gets the same 404 page as every route', async () => {
    await renderRoute('/users/doesnotexist', { as: 'admin' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  it('says when nothing matches and clears the filter', async () => {
    const { user } = await renderRoute('/users?filter=nobody-at-all', { as: 'admin' });
    expect(await screen.findByText('No users match this filter')).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Clear filter' })[0] as HTMLElement);
    expect(await row('admin')).toBeVisible();
  });

  it('is read-only for an auditor: no create, no selection, only links in the row menu', async () => {
    const { user } = await renderRoute('/users?filter=alice', { as: 'auditor' });
    expect(await row('alice')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Create user' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Select alice' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'More actions for alice' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(['View user', 'View workspaces']);
  });

  it('suspends from the row menu after a confirmation naming the user', async () => {
    const { user } = await renderRoute('/users?filter=alice', { as: 'useradmin' });
    await user.click(await screen.findByRole('button', { name: 'More actions for alice' }));
    await user.click(await screen.findByRole('menuitem', { name: /Suspend/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend alice?' });
    await user.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(await row('alice')).findByText('Suspended')).toBeVisible();
    expect(dbUser('alice')?.status).toBe('suspended');
    // The app-wide snackbar reports the result.
    expect(await screen.findByText('alice is suspended.')).toBeVisible();
  });

  it('offers no action that cannot work: each is off with the reason', async () => {
    const { user } = await renderRoute('/users?filter=admin', { as: 'useradmin' });
    await user.click(await screen.findByRole('button', { name: 'More actions for admin' }));
    const menu = await screen.findByRole('menu');
    // useradmin may assign no site role, and only owners change an Owner's password.
    expect(within(menu).getByRole('menuitem', { name: /Edit roles/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(menu).getByText('Your roles cannot assign any site role')).toBeVisible();
    expect(within(menu).getByRole('menuitem', { name: /Reset password/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(menu).getByText('Only owners can change an Owner’s password')).toBeVisible();
  });

  it('resetting your own password is off on your row: the Account page changes it', async () => {
    const { user } = await renderRoute('/users?filter=useradmin', { as: 'useradmin' });
    await user.click(await screen.findByRole('button', { name: 'More actions for useradmin' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('Change your own on the Account page')).toBeVisible();
  });

  it('delete says up front that the user’s workspaces must go first, with a link to them', async () => {
    const { user } = await renderRoute('/users?filter=alice', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'More actions for alice' }));
    await user.click(await screen.findByRole('menuitem', { name: /Delete/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete alice?' });
    expect(await within(dialog).findByText(/alice owns \d+ workspaces/)).toBeVisible();
    expect(within(dialog).getByRole('link', { name: 'View alice’s workspaces' })).toHaveAttribute(
      'href',
      '/workspaces?filter=owner%3Aalice',
    );
    expect(within(dialog).queryByLabelText('Username')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Delete user' })).toBeDisabled();
  });

  it('the user page: no "View user" on itself, the shared card covers group shares', async () => {
    const { user } = await renderRoute('/users/alice', { as: 'admin' });
    const shared = await screen.findByRole('list', { name: 'Workspaces shared with this user' });
    expect((await within(shared).findAllByText('via group Frontend'))[0]).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'More actions for alice' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByRole('menuitem', { name: 'View user' })).toBeNull();
  });

  it('a user never seen (Go’s zero time) reads "Never" in the list and on their page, in valid markup', async () => {
    const console = captureConsole();
    const { user } = await renderRoute('/users?filter=ci-bot', { as: 'admin' });
    expect(within(await row('ci-bot')).getByText('Never')).toBeVisible();
    await user.click(within(await row('ci-bot')).getByRole('link', { name: 'ci-bot' }));
    expect(await screen.findByText(/last seen/)).toHaveTextContent(/last seen Never$/);
    expect(screen.getByText('Active')).toBeVisible();
    expect(console).toEqual([]);
  });

  it('create user keeps what was typed and shows the server’s answer', async () => {
    const { user } = await renderRoute('/users', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Create user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await user.type(await within(dialog).findByLabelText(/Username/), 'alice');
    await user.type(within(dialog).getByLabelText(/Email/), 'alice2@example.com');
    await user.type(within(dialog).getByLabelText(/^Password/), 'Another-Strong-Pass-77');
    await user.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await within(dialog).findByText('User already exists.')).toBeVisible();
    expect(within(dialog).getByLabelText(/Username/)).toHaveValue('alice');
    expect(within(dialog).getByLabelText(/Email/)).toHaveValue('alice2@example.com');
  });
});

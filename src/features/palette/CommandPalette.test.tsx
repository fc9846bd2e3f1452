import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authKeys } from '../../api/auth';
import { authcheckKeys } from '../../api/authcheck';
import { server } from '../../mock/runtimes/node';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 10_000 });

const dbUser = (username: string) => primaryDb().data.users.find((u) => u.username === username);

/** Opens the palette from the keyboard once the shell is up; returns its combobox. */
async function openPalette(user: Awaited<ReturnType<typeof renderRoute>>['user']) {
  await screen.findByRole('navigation', { name: 'Main' });
  await user.keyboard('{Control>}k{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
  const box = within(dialog).getByRole('combobox', { name: 'Search pages, people and actions' });
  await waitFor(() => expect(box).toHaveFocus());
  return { dialog, box };
}

/** The option `aria-activedescendant` points at. */
const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

/** Records the `q` of every request to `path` while `fn` runs. */
async function searchesOf(path: string, fn: () => Promise<void>) {
  const asked: string[] = [];
  const listen = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === path) asked.push(url.searchParams.get('q') ?? '');
  };
  server.events.on('request:start', listen);
  try {
    await fn();
  } finally {
    server.events.removeListener('request:start', listen);
  }
  return asked;
}

describe('command palette', { timeout: 40_000 }, () => {
  it('is a combobox over a listbox of pages and actions; Escape closes it and focus goes back', async () => {
    const { user } = await renderRoute('/workspaces', { as: 'admin' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    within(nav).getByRole('link', { name: 'Users' }).focus();
    const { dialog, box } = await openPalette(user);
    const listbox = within(dialog).getByRole('listbox', { name: 'Results' });
    expect(box).toHaveAttribute('aria-controls', listbox.id);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const pages = within(listbox).getByRole('group', { name: 'Pages' });
    expect(
      within(pages)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Workspaces',
      'Users',
      'Organizations',
      'Groups',
      'Audit log',
      'Organization sync',
      'Account',
    ]);
    const actions = within(listbox).getByRole('group', { name: 'Actions' });
    expect(within(actions).getByRole('option', { name: 'Create user' })).toBeInTheDocument();
    // The first option is highlighted; the arrows move the highlight and wrap, focus stays in the box.
    const first = within(listbox).getAllByRole('option')[0]!;
    expect(activeOption(box)).toBe(first);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(activeOption(box)).toBe(within(listbox).getAllByRole('option').at(-1));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption(box)).toBe(within(listbox).getAllByRole('option')[1]);
    expect(box).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull());
    expect(within(nav).getByRole('link', { name: 'Users' })).toHaveFocus();
  });

  it('finds a user with one server search once the typing settles, and Enter opens their page', async () => {
    const { user, router } = await renderRoute('/workspaces', { as: 'admin' });
    const { dialog, box } = await openPalette(user);
    // Keys with no pause between them (`delay: null`: no timer can run mid-word, however slow the machine).
    const fast = userEvent.setup({ delay: null });
    const asked = await searchesOf('/api/v2/users', async () => {
      await fast.type(box, 'alice');
      const users = await within(dialog).findByRole('group', { name: 'Users' });
      expect(within(users).getByRole('option', { name: /^alice/ })).toBeInTheDocument();
    });
    // Never a request for "a", "al", …: the search waits for the text to settle.
    expect(asked).toEqual(['alice']);
    const workspaces = within(dialog).getByRole('group', { name: 'Workspaces' });
    expect(within(workspaces).getByRole('option', { name: /^alice-dev/ })).toBeInTheDocument();
    expect(activeOption(box)).toHaveTextContent(/^alice/);
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/alice'));
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
  });

  it('"suspend alice" + Enter opens the same confirmation as the button; confirming suspends her', async () => {
    const { user, router } = await renderRoute('/workspaces', { as: 'admin' });
    const { dialog, box } = await openPalette(user);
    await user.type(box, 'suspend alice');
    const action = await within(dialog).findByRole('option', { name: /^Suspend alice…/ });
    expect(activeOption(box)).toBe(action);
    await user.keyboard('{Enter}');
    const confirm = await screen.findByRole('dialog', { name: 'Suspend alice?' });
    expect(router.state.location.pathname).toBe('/users/alice');
    expect(router.state.location.search).toBe('?dialog=suspend');
    await user.click(within(confirm).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Suspend alice?' })).toBeNull());
    expect(dbUser('alice')?.status).toBe('suspended');
    // Closing removed the param by replacing the entry: Back does not reopen the dialog.
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('offers only what authcheck allows: a member gets no user actions and no user search', async () => {
    const { user } = await renderRoute('/workspaces', { as: 'member' });
    const { dialog, box } = await openPalette(user);
    const listbox = within(dialog).getByRole('listbox');
    expect(within(listbox).queryByRole('option', { name: 'Create user' })).toBeNull();
    expect(within(listbox).queryByRole('option', { name: /Suspend|Activate|Delete/ })).toBeNull();
    expect(within(listbox).getByRole('option', { name: 'Create workspace' })).toBeInTheDocument();
    expect(within(listbox).queryByRole('option', { name: 'Users' })).toBeNull();
    const asked = await searchesOf('/api/v2/users', async () => {
      await user.type(box, 'suspend alice');
      expect(await within(dialog).findByText('Nothing matches “suspend alice”.')).toBeInTheDocument();
    });
    expect(asked).toEqual([]);
  });

  it('a verb hint completes the text, and share lists only workspaces the caller may share', async () => {
    const { user, router } = await renderRoute('/workspaces', { as: 'admin' });
    const { dialog, box } = await openPalette(user);
    await user.type(box, 'sh');
    expect(activeOption(box)).toHaveTextContent(/^Share a workspace…/);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('share ');
    expect(await within(dialog).findByText('Type a workspace name to share.')).toBeInTheDocument();
    await user.type(box, 'staging');
    await within(dialog).findByRole('option', { name: /^Share staging-env…/ });
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Share staging-env' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/@oncall-sre/staging-env');
  });

  it('finds organizations and groups in their lists', async () => {
    const { user } = await renderRoute('/workspaces', { as: 'admin' });
    const { dialog, box } = await openPalette(user);
    await user.type(box, 'front');
    const groups = await within(dialog).findByRole('group', { name: 'Groups' });
    expect(within(groups).getAllByRole('option')[0]).toHaveTextContent(/front/i);
  });
});

describe('shortcuts', { timeout: 40_000 }, () => {
  it('/ focuses the page’s search box, but is text inside a field', async () => {
    const { user } = await renderRoute('/users', { as: 'admin' });
    const search = await screen.findByLabelText('Search users');
    await user.keyboard('/');
    expect(search).toHaveFocus();
    await user.keyboard('a/b');
    expect(search).toHaveValue('a/b');
  });

  it('? lists the shortcuts', async () => {
    const { user } = await renderRoute('/workspaces', { as: 'member' });
    await screen.findByRole('navigation', { name: 'Main' });
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText(/Open the command palette/)).toBeInTheDocument();
    expect(within(dialog).getByText('Search this page’s list')).toBeInTheDocument();
  });
});

describe('dialogs from the URL', { timeout: 40_000 }, () => {
  it('/users?dialog=create-user opens Create user; Cancel drops the param', async () => {
    const { user, router } = await renderRoute('/users?filter=alice&dialog=create-user', { as: 'admin' });
    const dialog = await screen.findByRole('dialog', { name: 'Create user' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(router.state.location.search).toBe('?filter=alice'));
    expect(screen.queryByRole('dialog', { name: 'Create user' })).toBeNull();
  });

  it('opens only where the button would: a user admin may suspend alice, not an owner', async () => {
    const first = await renderRoute('/users/alice?dialog=suspend', { as: 'useradmin' });
    expect(await screen.findByRole('dialog', { name: 'Suspend alice?' })).toBeInTheDocument();
    first.unmount();
    const { queryClient } = await renderRoute('/users/admin?dialog=suspend', { as: 'useradmin' });
    expect(await screen.findByRole('heading', { name: 'admin', level: 1 })).toBeInTheDocument();
    // Everything the decision needs has arrived, and still no dialog.
    await waitFor(() => expect(queryClient.getQueryData(authcheckKeys.site())).toBeDefined());
    await waitFor(() => expect(queryClient.getQueryData(authKeys.me())).toBeDefined());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('/workspaces?dialog=create-workspace opens Create workspace for a member', async () => {
    await renderRoute('/workspaces?dialog=create-workspace', { as: 'member' });
    expect(await screen.findByRole('dialog', { name: 'Create workspace' })).toBeInTheDocument();
  });
});

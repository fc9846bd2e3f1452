/** Issue #17 §2: saved views, per deployment and user in localStorage; the save dialog and the manager. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { exportViews, serializeStored, storageKey, type SavedView } from '../lib/savedViews';
import { ViewsOwnerContext, type ViewsOwner } from '../lib/viewsOwner';
import { SavedViews } from './SavedViews';

const alice: ViewsOwner = { deployment: 'dep-1', userId: 'user-alice' };
const bob: ViewsOwner = { deployment: 'dep-1', userId: 'user-bob' };

/** A list page as far as saved views care: the URL's filter and page size, and the button. */
function ListPage() {
  const [params] = useSearchParams();
  const list = { filter: params.get('filter') ?? '', pageSize: Number(params.get('pageSize') ?? 25) };
  return (
    <>
      <p>
        Showing “{list.filter}” at {list.pageSize}
      </p>
      <SavedViews scope="users" list={list} />
    </>
  );
}

function renderPage(owner: ViewsOwner | undefined, url = '/users?filter=status:active&pageSize=50') {
  const router = createMemoryRouter([{ path: '/users', element: <ListPage /> }], { initialEntries: [url] });
  const ui = (o: ViewsOwner | undefined) => (
    <ViewsOwnerContext.Provider value={o}>
      <RouterProvider router={router} />
    </ViewsOwnerContext.Provider>
  );
  const result = render(ui(owner));
  return { ...result, router, user: userEvent.setup(), signInAs: (o: ViewsOwner) => result.rerender(ui(o)) };
}

const view = (name: string, filter: string, pageSize = 25): SavedView => ({
  id: `id-${name}`,
  name,
  filter,
  pageSize,
});
const store = (owner: ViewsOwner, users: SavedView[]) =>
  localStorage.setItem(storageKey(owner), serializeStored({ users, workspaces: [], audit: [] }));

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Saved views' }));
  return screen.findByRole('menu', { name: 'Saved views' });
}

describe('SavedViews', () => {
  it('waits for its owner: no deployment and user known, no button to press', () => {
    renderPage(undefined);
    expect(screen.getByRole('button', { name: 'Saved views' })).toBeDisabled();
  });

  it('saves the current filter and page size under a name, for this user only; each view is a link', async () => {
    const { user, signInAs, router } = renderPage(alice);
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Save current view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save view' });
    expect(dialog).toHaveTextContent('Saves the filter status:active with 50 rows per page');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      'A view needs a name.',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Active, 50{Enter}');
    expect(dialog).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(storageKey(alice)) ?? '{}').views.users).toEqual([
      expect.objectContaining({ name: 'Active, 50', filter: 'status:active', pageSize: 50 }),
    ]);

    // Bob, signed in in the same browser, has none of Alice's views.
    signInAs(bob);
    const bobs = await openMenu(user);
    expect(within(bobs).queryByRole('menuitem', { name: /Active, 50/ })).toBeNull();
    expect(within(bobs).getByText('No saved views yet')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    signInAs(alice);
    await router.navigate('/users?filter=role:owner');
    const link = within(await openMenu(user)).getByRole('menuitem', { name: /Active, 50/ });
    expect(link).toHaveAttribute('href', '/users?filter=status%3Aactive&pageSize=50');
    await user.click(link);
    expect(screen.getByText('Showing “status:active” at 50')).toBeInTheDocument();
  });

  it('reads corrupt or foreign storage as no views, and saving replaces it', async () => {
    localStorage.setItem(storageKey(alice), '{"version":1,"views":{"users":"oops"');
    const { user } = renderPage(alice);
    expect(within(await openMenu(user)).getByText('No saved views yet')).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Save current view…' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Fresh{Enter}');
    expect(within(await openMenu(user)).getByRole('menuitem', { name: /Fresh/ })).toBeInTheDocument();
  });

  it('refuses a name already taken', async () => {
    store(alice, [view('Active', 'status:active')]);
    const { user } = renderPage(alice, '/users?filter=role:owner');
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Save current view…' }));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, 'ACTIVE{Enter}');
    expect(name).toHaveAccessibleDescription('You already have a view named “Active”.');
  });
});

describe('Manage saved views', () => {
  async function openManager() {
    store(alice, [view('One', 'status:active'), view('Two', 'role:owner', 100), view('Three', '')]);
    const r = renderPage(alice);
    await r.user.click(within(await openMenu(r.user)).getByRole('menuitem', { name: 'Manage views…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Manage saved views' });
    const names = () =>
      within(within(dialog).getByRole('list', { name: 'Saved views' }))
        .getAllByRole('button', { name: /^Rename / })
        .map((b) => b.getAttribute('aria-label')?.replace('Rename ', ''));
    const stored = () =>
      (JSON.parse(localStorage.getItem(storageKey(alice)) ?? '{}').views.users as SavedView[]).map(
        (v) => v.name,
      );
    return { ...r, dialog, names, stored };
  }

  it('reorders by keyboard, focus staying with the moved view; renames; deletes', async () => {
    const { user, dialog, names, stored } = await openManager();
    within(dialog).getByRole('button', { name: 'Move One down' }).focus();
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['Two', 'One', 'Three']);
    expect(stored()).toEqual(['Two', 'One', 'Three']);
    expect(within(dialog).getByRole('button', { name: 'Move One down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['Two', 'Three', 'One']);
    // At the bottom its Move down is disabled: focus goes to Move up.
    expect(within(dialog).getByRole('button', { name: 'Move One up' })).toHaveFocus();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Moved “One” to position 3 of 3.');

    await user.click(within(dialog).getByRole('button', { name: 'Rename Two' }));
    const field = within(dialog).getByRole('textbox', { name: 'New name for Two' });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'three{Enter}');
    expect(field).toHaveAccessibleDescription('You already have a view named “Three”.');
    // Escape leaves the rename, not the dialog.
    await user.keyboard('{Escape}');
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Rename Two' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.clear(within(dialog).getByRole('textbox', { name: 'New name for Two' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'New name for Two' }), 'Owners{Enter}');
    expect(stored()).toEqual(['Owners', 'Three', 'One']);

    await user.click(within(dialog).getByRole('button', { name: 'Delete Three' }));
    expect(stored()).toEqual(['Owners', 'One']);
    expect(within(dialog).getByRole('button', { name: 'Delete One' })).toHaveFocus();
  });

  it('imports a file, and says what is wrong with a bad one in the dialog', async () => {
    const { user, dialog, stored } = await openManager();
    const input = within(dialog).getByLabelText('File of saved views to import');
    await user.upload(input, new File(['{"views": ['], 'views.json', { type: 'application/json' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Could not import “views.json”: This file is not JSON',
    );
    const audit = exportViews('audit', [view('Deletes', 'action:delete')]);
    await user.upload(input, new File([audit], 'audit.json', { type: 'application/json' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'These are views of the audit log; this list saves views of users.',
    );
    expect(stored()).toEqual(['One', 'Two', 'Three']);

    const good = exportViews('users', [
      view('two', 'role:owner status:active', 50),
      view('Four', 'status:dormant'),
    ]);
    await user.upload(input, new File([good], 'good.json', { type: 'application/json' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Imported 2 views (1 replaced a view of the same name).',
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(stored()).toEqual(['One', 'Two', 'Three', 'Four']);
  });
});

import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../mock/runtimes/node';
import { renderRoute } from '../test/render';

/** Every `POST /authcheck` answers `status` with Coder's error body until `heal()`; then the mock answers. */
function failAuthcheck(status: number, body: { message: string; detail?: string }) {
  let failing = true;
  server.use(
    http.post('*/api/v2/authcheck', () => (failing ? HttpResponse.json(body, { status }) : undefined)),
  );
  return () => {
    failing = false;
  };
}

describe('a failed authcheck', () => {
  it('shows the error on /users and in the navigation, and Retry recovers', async () => {
    const heal = failAuthcheck(500, { message: 'Internal error checking authorization.', detail: 'db down' });
    const { user } = await renderRoute('/users', { as: 'admin' });
    const main = await screen.findByRole('main');
    const alert = await within(main).findByRole('alert');
    expect(alert).toHaveTextContent('Could not check your permissions');
    expect(alert).toHaveTextContent('Internal error checking authorization. db down');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('alert')).toHaveTextContent('Could not check your permissions');
    expect(screen.queryByLabelText('Checking permissions')).toBeNull();

    heal();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('row', { name: /alice/ })).toBeVisible();
    expect(within(nav).getByRole('link', { name: 'Users' })).toBeVisible();
    expect(within(nav).queryByRole('alert')).toBeNull();
  });

  it('shows a 422 on /groups with a retry', async () => {
    const heal = failAuthcheck(422, {
      message: 'Invalid authorization check.',
      detail: 'unknown action "share"',
    });
    const { user, router } = await renderRoute('/groups', { as: 'admin' });
    const alert = await within(await screen.findByRole('main')).findByRole('alert');
    expect(alert).toHaveTextContent('Invalid authorization check. unknown action "share"');
    heal();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await screen.findByRole('heading', { name: /Groups/ });
    expect(router.state.location.pathname).toMatch(/^\/organizations\/[^/]+\/groups$/);
  });
});

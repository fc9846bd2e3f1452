import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 5000 });

const table = () => screen.findByRole('table', { name: 'Workspaces' });

describe('WorkspacesPage', () => {
  it('defaults to My workspaces (owner:me) and shows status, template and sharing', async () => {
    const { router } = await renderRoute('/workspaces', { as: 'alice' });
    const t = await table();
    const row = within(t).getByRole('row', { name: /alice-k8s/ });
    expect(within(row).getByText('Kubernetes (Deployment)')).toBeInTheDocument();
    expect(within(row).getByText('Stopped')).toBeInTheDocument();
    expect(within(row).getByText(/Shared with 1 person or group/)).toBeInTheDocument();
    expect(within(t).queryByRole('row', { name: /staging-env/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Search workspaces')).toHaveValue('owner:me');
    expect(router.state.location.search).toBe('');
  });

  it('Shared with me finds direct shares with the viewer’s role; the URL keeps the filter', async () => {
    const { user, router } = await renderRoute('/workspaces', { as: 'bob' });
    await table();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Shared with me' }));
    const row = await within(await table()).findByRole('row', { name: /staging-env/ });
    expect(within(row).getByText('Shared with you · admin')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?filter=shared_with_user%3Ame');
  });

  it('shows the server’s complaint about a bad query under the field', async () => {
    await renderRoute('/workspaces?filter=colour%3Ared', { as: 'alice' });
    expect(await screen.findByText('"colour" is not a valid query param')).toBeInTheDocument();
  });

  it('offers only the actions authcheck allows: a use sharee may start but not delete', async () => {
    const { user } = await renderRoute('/workspaces?filter=shared_with_user%3Ame', { as: 'carol' });
    const row = await within(await table()).findByRole('row', { name: /incident-room/ });
    await user.click(within(row).getByRole('button', { name: 'Actions for oncall-sre/incident-room' }));
    expect(await screen.findByRole('menuitem', { name: 'Start' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /Delete/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Start' }));
    expect(await screen.findByText(/Starting incident-room/)).toBeInTheDocument();
    const ws = primaryDb()
      .liveWorkspaces()
      .find((w) => w.name === 'incident-room')!;
    expect(ws.builds.at(-1)).toMatchObject({ transition: 'start', reason: 'dashboard' });
  });
});

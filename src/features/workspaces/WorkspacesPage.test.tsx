import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mock/runtimes/node';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 5000 });

const table = () => screen.findByRole('table', { name: 'Workspaces' });

/** GET paths (with query) the page asked the mock for, in order. */
function recordRequests() {
  const seen: string[] = [];
  const onStart = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET') seen.push(decodeURIComponent(url.pathname + url.search));
  };
  server.events.on('request:start', onStart);
  stopRecording = () => server.events.removeListener('request:start', onStart);
  return seen;
}
let stopRecording = () => {};
afterEach(() => stopRecording());

describe('WorkspacesPage', () => {
  it('marks workspaces on deprecated templates, offers a preset per such template, and refuses them in Create', async () => {
    const { user, router } = await renderRoute('/workspaces', { as: 'member' });
    const oldVm = within(await table()).getByRole('row', { name: /old-vm/ });
    expect(await within(oldVm).findByText('Deprecated template')).toBeInTheDocument();
    const dev = within(await table()).getByRole('row', { name: /member-dev/ });
    expect(within(dev).queryByText('Deprecated template')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deprecated template: CentOS 7 (legacy)' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('filter')).toBe(
        'organization:coder template:centos7-legacy',
      ),
    );
    await waitFor(async () =>
      expect(
        within(await table())
          .getAllByRole('row')
          .slice(1)
          .map((r) => r.textContent),
      ).toEqual([expect.stringContaining('old-vm')]),
    );
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create workspace' });
    await user.click(await within(dialog).findByRole('combobox', { name: 'Template' }));
    const legacy = await screen.findByRole('option', { name: /CentOS 7 \(legacy\) \(deprecated\)/ });
    expect(legacy).toHaveAttribute('aria-disabled', 'true');
    expect(legacy).toHaveTextContent(/CentOS 7 is end of life/);
    expect(screen.getByRole('option', { name: 'Docker Containers' })).not.toHaveAttribute('aria-disabled');
  });

  it('prefetches the next page, so paging needs no new request, and a row’s page on hover', async () => {
    const seen = recordRequests();
    const { user } = await renderRoute('/workspaces?filter=', { as: 'admin' });
    await within(await table()).findAllByRole('row');
    await waitFor(() => expect(seen).toContain('/api/v2/workspaces?limit=25&offset=25'));
    const firstRow = within(await table()).getAllByRole('link')[0]!;
    await user.hover(firstRow);
    await waitFor(() =>
      expect(seen.some((u) => u.startsWith('/api/v2/users/') && u.includes('/workspace/'))).toBe(true),
    );
    const before = seen.filter((u) => u.includes('offset=25')).length;
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(screen.getByText(/^26–50 of/)).toBeInTheDocument());
    expect(seen.filter((u) => u.includes('offset=25'))).toHaveLength(before);
  });

  it('defaults to My workspaces (owner:me) and shows status, template and sharing', async () => {
    const { router } = await renderRoute('/workspaces', { as: 'alice' });
    const t = await table();
    const row = within(t).getByRole('row', { name: /alice-k8s/ });
    expect(within(row).getByText('Kubernetes (Deployment)')).toBeInTheDocument();
    expect(within(row).getByText('Stopped')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: /^Shared with 1 person or group: / })).toBeInTheDocument();
    expect(within(t).queryByRole('row', { name: /staging-env/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Search workspaces')).toHaveValue('owner:me');
    expect(router.state.location.search).toBe('');
  });

  it('a sharee role the UI does not know ("" in Coder’s WorkspaceRole) drops out, not the whole list', async () => {
    const db = primaryDb();
    const ws = db.liveWorkspaces().find((w) => w.name === 'alice-k8s')!;
    for (const id of Object.keys(ws.user_acl)) ws.user_acl[id] = '' as never;
    db.touched(undefined, 'workspace-state');
    const { user } = await renderRoute('/workspaces', { as: 'alice' });
    const row = within(await table()).getByRole('row', { name: /alice-k8s/ });
    expect(screen.queryByText('Not supported by this server version')).toBeNull();
    await user.click(within(row).getByRole('button', { name: /^Shared with 1 person or group: / }));
    const names = await screen.findByRole('dialog', { name: 'Shared with (alice-k8s)' });
    expect(within(names).getByText('no role')).toBeInTheDocument();
  });

  it('Shared with me covers direct and group shares with a "via group" marker; the URL keeps the filter', async () => {
    const { user, router } = await renderRoute('/workspaces', { as: 'alice' });
    await table();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Shared with me' }));
    // staging-env reaches alice only through the Frontend group (bob has it directly).
    const row = await within(await table()).findByRole('row', { name: /staging-env/ });
    expect(within(row).getByText('oncall-sre · via group Frontend')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?filter=shared_with%3Ame');
    // The sharing column names the sharees, the same for every viewer.
    await user.click(within(row).getByRole('button', { name: /^Shared with 2 people and groups: bob, / }));
    const names = await screen.findByRole('dialog', { name: 'Shared with (staging-env)' });
    expect(within(names).getByText('frontend (group)')).toBeInTheDocument();
    expect(within(names).getByText('admin')).toBeInTheDocument();
  });

  it('Shared with me for bob: the direct share, marked so', async () => {
    await renderRoute('/workspaces?filter=shared_with%3Ame', { as: 'bob' });
    const row = await within(await table()).findByRole('row', { name: /staging-env/ });
    expect(within(row).getByText(/^oncall-sre · shared directly/)).toBeInTheDocument();
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

  it('a failed start’s banner follows the build: it says it failed and why, not that it is starting', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    const { user } = await renderRoute('/workspaces', { as: 'bob' });
    const row = await within(await table()).findByRole('row', { name: /bob-dev/ });
    await user.click(within(row).getByRole('button', { name: 'Actions for bob/bob-dev' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Start' }));
    expect(
      await screen.findByText('Starting bob-dev failed: Error: quota exceeded for CPU'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Starting bob-dev…')).toBeNull();
  });

  it('updates an outdated workspace from its row menu', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    // The seed: bob-dev is current, dev-54 and web are on older template versions.
    expect(['bob-dev', 'dev-54', 'web'].map(isCurrent)).toEqual([true, false, false]);
    const { user } = await renderRoute('/workspaces', { as: 'bob' });
    const t = await table();
    await user.click(within(t).getByRole('button', { name: 'Actions for bob/dev-54' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Update to latest version' }));
    expect(await screen.findByText(/Updating dev-54…|dev-54 updated\./)).toBeInTheDocument();
    expect(isCurrent('dev-54')).toBe(true);
    expect(bobs('dev-54')?.builds.at(-1)).toMatchObject({ transition: 'start', reason: 'dashboard' });
  });

  it('updates in bulk only the outdated ones among the selected', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    const { user } = await renderRoute('/workspaces', { as: 'bob' });
    const t = await table();
    await user.click(within(t).getByRole('checkbox', { name: 'Select bob/bob-dev' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    // The bulk actions arrive with their code (loaded when the page is idle, or now).
    expect(await within(bar).findByRole('button', { name: 'Update' })).toBeDisabled();
    await user.click(within(t).getByRole('checkbox', { name: 'Select bob/web' }));
    const before = bobs('bob-dev')?.builds.length;
    await user.click(within(bar).getByRole('button', { name: 'Update 1 outdated' }));
    await waitFor(() => expect(isCurrent('web')).toBe(true));
    expect(bobs('bob-dev')?.builds.length).toBe(before);
  });
});

function bobs(name: string) {
  const db = primaryDb();
  const bob = db.userByUsername('bob')?.id;
  return db.liveWorkspaces().find((w) => w.owner_id === bob && w.name === name);
}
/** On the template's active version. */
function isCurrent(name: string) {
  const w = bobs(name);
  return (
    w?.builds.at(-1)?.template_version_id === primaryDb().template(w?.template_id ?? '')?.active_version_id
  );
}

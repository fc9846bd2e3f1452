import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkspaceRow } from '../../mock/db';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 5000 });

const row = (owner: string, name: string): WorkspaceRow => {
  const db = primaryDb();
  const w = db.liveWorkspaces().find((x) => x.name === name && x.owner_id === db.userByUsername(owner)?.id);
  if (!w) throw new Error(`no workspace ${owner}/${name}`);
  return w;
};

/** Publishes a new template version, so the workspace is outdated. */
function publishNewVersion(w: WorkspaceRow): string {
  const t = primaryDb().template(w.template_id);
  if (!t) throw new Error('no template');
  const id = crypto.randomUUID();
  t.versions.push({ id, name: 'brave-release-9', created_at: new Date().toISOString() });
  t.active_version_id = id;
  primaryDb().changed();
  return id;
}

describe('WorkspacePage', () => {
  it('shows its deprecated template’s message with the link clickable', async () => {
    await renderRoute('/@member/old-vm', { as: 'member' });
    const alert = await screen.findByText(/template, CentOS 7 \(legacy\), is deprecated/);
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(box).getByText(/CentOS 7 is end of life/)).toBeInTheDocument();
    const link = within(box).getByRole('link', { name: /coder\.com\/docs/ });
    expect(link).toHaveAttribute('href', 'https://coder.com/docs/admin/templates/managing-templates');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows resources, the agent with its apps, the latest log and a link to the owner', async () => {
    const { user } = await renderRoute('/@alice/alice-dev', { as: 'admin' });
    const resources = await screen.findByRole('region', { name: 'Resources' });
    const compute = within(resources).getByRole('listitem', { name: 'docker_container.workspace' });
    const agent = within(compute).getByRole('listitem', { name: 'Agent main' });
    expect(within(agent).getByText('connected')).toBeVisible();
    const apps = within(agent).getByRole('list', { name: 'Apps' });
    expect(
      within(apps)
        .getAllByRole('listitem')
        .map((a) => a.textContent),
    ).toEqual(['code-server', 'File Browser']);
    expect(within(resources).getByRole('listitem', { name: 'docker_volume.home' })).toBeVisible();

    const log = await screen.findByRole('region', { name: /^Log of build #\d+$/ });
    expect(within(log).getByText('Starting workspace')).toBeVisible();
    expect(within(log).getByText(/Apply complete!/)).toBeVisible();

    const owner = screen.getAllByRole('link', { name: 'alice' });
    expect(owner[0]).toHaveAttribute('href', '/users/alice');

    // An older build's log opens in a dialog.
    await user.click(screen.getByRole('button', { name: 'Log of build #1' }));
    const dialog = await screen.findByRole('dialog', { name: /Build #1 · start/ });
    expect(await within(dialog).findByText(/Creation complete/)).toBeVisible();
  });

  it('a member sees the owner of a workspace shared with them as plain text', async () => {
    await renderRoute('/@oncall-sre/staging-env', { as: 'bob' });
    expect(await screen.findByRole('heading', { name: 'staging-env' })).toBeVisible();
    expect(await screen.findByRole('region', { name: 'Resources' })).toBeVisible();
    expect(screen.getByText(/owned by oncall-sre/)).toBeVisible();
    expect(screen.queryByRole('link', { name: 'oncall-sre' })).toBeNull();
  });

  it('cancels a running build', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 60_000 };
    const { user } = await renderRoute('/@alice/alice-k8s', { as: 'alice' });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel build' }));
    await waitFor(() => expect(row('alice', 'alice-k8s').builds.at(-1)?.canceled_at).toBeDefined());
    expect(await screen.findByRole('button', { name: 'Start' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Cancel build' })).toBeNull();
    expect(row('alice', 'alice-k8s').builds.at(-1)?.transition).toBe('start');
  });

  it('updates an outdated workspace to the template’s active version', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    const active = publishNewVersion(row('alice', 'alice-dev'));
    const { user } = await renderRoute('/@alice/alice-dev', { as: 'alice' });
    expect(await screen.findByText('Outdated')).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Update to latest version' }));
    expect(await screen.findByText(/Updating alice-dev…|alice-dev updated\./)).toBeVisible();
    expect(row('alice', 'alice-dev').builds.at(-1)).toMatchObject({
      transition: 'start',
      template_version_id: active,
      reason: 'dashboard',
    });
    await waitFor(() => expect(screen.queryByText('Outdated')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Update to latest version' })).toBeNull();
  });
});

import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { SharingMode, WorkspaceRow } from '../../mock/db';
import { server } from '../../mock/runtimes/node';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

configure({ asyncUtilTimeout: 10_000 });

const org = (name: string) => primaryDb().org(name)!;
const isShared = (w: WorkspaceRow) => Object.keys(w.user_acl).length + Object.keys(w.group_acl).length > 0;
const sharedIds = (orgName: string) =>
  primaryDb()
    .liveWorkspaces()
    .filter((w) => w.organization_id === org(orgName).id && isShared(w))
    .map((w) => w.id)
    .sort();
const ownedByServiceAccount = (id: string) => {
  const w = primaryDb()
    .liveWorkspaces()
    .find((x) => x.id === id)!;
  return primaryDb().user(w.owner_id)?.is_service_account === true;
};
const setMode = (mode: SharingMode) => {
  org('coder').shareable_workspace_owners = mode;
  primaryDb().changed();
};
const radio = (name: RegExp) => screen.getByRole('radio', { name });

async function openSharingTab(as: string) {
  const r = await renderRoute('/organizations/coder/sharing', { as });
  expect(await screen.findByRole('heading', { level: 2, name: 'Workspace sharing' })).toBeInTheDocument();
  return r;
}

describe('Organization Sharing tab', { timeout: 40_000 }, () => {
  it('narrowing to service accounts confirms with the number of workspaces that lose their shares, then deletes them', async () => {
    const before = sharedIds('coder');
    const lost = before.filter((id) => !ownedByServiceAccount(id));
    const kept = before.filter(ownedByServiceAccount);
    const otherOrg = sharedIds('platform');
    expect(lost.length).toBeGreaterThan(1);
    expect(kept.length).toBeGreaterThan(0);

    // An org admin reaches the policy through the organization's tabs.
    const { user, router } = await renderRoute('/organizations/coder', { as: 'orgadmin' });
    await user.click(await screen.findByRole('tab', { name: 'Sharing' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Workspace sharing' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organizations/coder/sharing');
    expect(screen.getByRole('tab', { name: 'Sharing' })).toHaveAttribute('aria-selected', 'true');
    expect(radio(/^Everyone/)).toBeChecked();

    await user.click(radio(/^Service accounts only/));
    const dialog = await screen.findByRole('dialog', { name: 'Change sharing to “Service accounts only”?' });
    expect(
      within(dialog).getByText(`${lost.length} workspaces will lose their shares. This cannot be undone.`),
    ).toBeInTheDocument();
    // Nothing is deleted before the admin confirms.
    expect(sharedIds('coder')).toEqual(before);

    await user.click(within(dialog).getByRole('button', { name: 'Change and remove shares' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(radio(/^Service accounts only/)).toBeChecked();
    expect(org('coder').shareable_workspace_owners).toBe('service_accounts');
    expect(sharedIds('coder')).toEqual(kept);
    expect(sharedIds('platform')).toEqual(otherOrg);
  });

  it('widening applies at once, without a confirmation', async () => {
    setMode('none');
    const { user } = await openSharingTab('orgadmin');
    expect(radio(/^Nobody/)).toBeChecked();
    await user.click(radio(/^Everyone/));
    await waitFor(() => expect(org('coder').shareable_workspace_owners).toBe('everyone'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(radio(/^Everyone/)).toBeChecked();
  });

  it('is read-only, with the reason, for a member', async () => {
    const { user } = await renderRoute('/organizations/coder', { as: 'member' });
    await user.click(await screen.findByRole('tab', { name: 'Sharing' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Workspace sharing' })).toBeInTheDocument();
    for (const r of screen.getAllByRole('radio')) expect(r).toBeDisabled();
    expect(radio(/^Everyone/)).toBeChecked();
    expect(screen.getByText('Only organization admins can change this.')).toBeInTheDocument();
  });

  it('says so when sharing is disabled for the whole deployment', async () => {
    primaryDb().data.deployment.disable_workspace_sharing = true;
    primaryDb().changed();
    await openSharingTab('orgadmin');
    expect(screen.getByText(/Sharing is disabled for the whole deployment/)).toBeInTheDocument();
    expect(radio(/^Nobody/)).toBeChecked();
    for (const r of screen.getAllByRole('radio')) expect(r).toBeDisabled();
  });

  it('shows a server error in place and keeps the shares when narrowing fails', async () => {
    server.use(
      http.patch('*/api/v2/organizations/:org/settings/workspace-sharing', () =>
        HttpResponse.json(
          { message: 'Internal error updating workspace sharing settings.', detail: 'database is locked' },
          { status: 500 },
        ),
      ),
    );
    const before = sharedIds('coder');
    const { user } = await openSharingTab('orgadmin');
    await user.click(radio(/^Nobody/));
    const dialog = await screen.findByRole('dialog', { name: 'Change sharing to “Nobody”?' });
    expect(
      within(dialog).getByText(`${before.length} workspaces will lose their shares. This cannot be undone.`),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Change and remove shares' }));
    expect(
      await within(dialog).findByText(
        /Internal error updating workspace sharing settings\. database is locked/,
      ),
    ).toBeInTheDocument();
    // Once, in the dialog; the card takes it over when the dialog closes.
    expect(screen.getAllByText(/Internal error updating workspace sharing settings/)).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(screen.getByText(/Internal error updating workspace sharing settings/)).toBeInTheDocument();
    expect(radio(/^Everyone/)).toBeChecked();
    expect(org('coder').shareable_workspace_owners).toBe('everyone');
    expect(sharedIds('coder')).toEqual(before);
  });
});

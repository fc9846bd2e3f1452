import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../../mock/state';
import { openShare, refuseAclUpdates, staging, uid } from '../../test/sharing';

configure({ asyncUtilTimeout: 10_000 });

const frontendId = () =>
  primaryDb().data.groups.find(
    (g) => g.name === 'frontend' && g.organization_id === staging().organization_id,
  )!.id;

/** Seed 000: staging-env (oncall-sre) is shared with bob (admin) and the frontend group (use). */
async function openRotate() {
  // Builds finish at once, so the restart does not wait on the mock's build timing.
  primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
  const { dialog: share, ...r } = await openShare('admin');
  await r.user.click(within(share).getByRole('button', { name: 'Rotate access…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Rotate access to staging-env' });
  return { ...r, dialog };
}

/** Outgoing bob, incoming carol as admin. */
async function chooseBobToCarol({ user, dialog }: Awaited<ReturnType<typeof openRotate>>) {
  await user.click(within(dialog).getByRole('combobox', { name: 'Outgoing' }));
  await user.click(await screen.findByRole('option', { name: 'bob (admin)' }));
  await user.type(within(dialog).getByLabelText('Incoming user or group'), 'carol');
  await user.click(await screen.findByRole('option', { name: /Carol Danvers/ }));
  expect(within(dialog).getByText('carol')).toBeInTheDocument();
  await user.click(within(dialog).getByRole('combobox', { name: 'Incoming role' }));
  await user.click(await screen.findByRole('option', { name: 'admin' }));
}

describe('Rotate access dialog', { timeout: 40_000 }, () => {
  it('removes the outgoing sharee, adds the incoming one with the chosen role, restarts, shows the result', async () => {
    const r = await openRotate();
    const buildsBefore = staging().builds.length;
    await chooseBobToCarol(r);
    await r.user.click(within(r.dialog).getByRole('button', { name: 'Apply and restart' }));

    expect(
      await within(r.dialog).findByText('Access rotated and the workspace restarted.'),
    ).toBeInTheDocument();
    const result = within(r.dialog).getByRole('list', { name: 'Resulting access' });
    const entries = within(result)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(entries).toEqual(['oncall-sreOwner', 'carol (admin)', 'frontend (group, use)']);

    expect(staging().user_acl).toEqual({ [uid('carol')]: 'admin' });
    expect(staging().group_acl).toEqual({ [frontendId()]: 'use' });
    const restart = staging().builds.slice(buildsBefore);
    expect(restart.map((b) => [b.transition, b.initiator_id])).toEqual([
      ['stop', uid('admin')],
      ['start', uid('admin')],
    ]);
    expect(within(r.dialog).getByRole('button', { name: 'Close' })).toBeEnabled();
  });

  it('keeps the choices and shows the message when the ACL update fails', async () => {
    refuseAclUpdates();
    const r = await openRotate();
    const buildsBefore = staging().builds.length;
    await chooseBobToCarol(r);
    await r.user.click(within(r.dialog).getByRole('button', { name: 'Apply and restart' }));

    const alert = await within(r.dialog).findByText('Rotation stopped');
    expect(alert.closest('[role="alert"]')).toHaveTextContent(
      'Workspace sharing is disabled for this organization.',
    );
    expect(within(r.dialog).getByRole('combobox', { name: 'Outgoing' })).toHaveTextContent('bob (admin)');
    expect(within(r.dialog).getByText('carol')).toBeInTheDocument();
    expect(within(r.dialog).getByRole('combobox', { name: 'Incoming role' })).toHaveTextContent('admin');
    expect(within(r.dialog).getByRole('button', { name: 'Apply and restart' })).toBeEnabled();
    expect(within(r.dialog).queryByRole('list', { name: 'Resulting access' })).not.toBeInTheDocument();

    expect(staging().user_acl).toEqual({ [uid('bob')]: 'admin' });
    expect(staging().builds).toHaveLength(buildsBefore);
  });
});

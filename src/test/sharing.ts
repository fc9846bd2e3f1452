/** Helpers for the sharing tests: seed 000's staging-env (owned by oncall-sre, shared with bob and frontend). */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../mock/runtimes/node';
import { primaryDb } from '../mock/state';
import { renderRoute } from './render';

export const staging = () =>
  primaryDb()
    .liveWorkspaces()
    .find((w) => w.name === 'staging-env')!;

export const uid = (username: string) => primaryDb().userByUsername(username)!.id;

/** Opens staging-env's Share dialog as `as`, once its current access has loaded. */
export async function openShare(as: string) {
  const r = await renderRoute('/@oncall-sre/staging-env', { as });
  await r.user.click(await screen.findByRole('button', { name: 'Share' }));
  const dialog = await screen.findByRole('dialog', { name: 'Share staging-env' });
  await within(dialog).findByRole('listitem', { name: 'bob' });
  return { ...r, dialog };
}

/** Makes every workspace ACL update fail as Coder does when the organization turned sharing off. */
export function refuseAclUpdates() {
  server.use(
    http.patch('*/api/v2/workspaces/:id/acl', () =>
      HttpResponse.json({ message: 'Workspace sharing is disabled for this organization.' }, { status: 403 }),
    ),
  );
}

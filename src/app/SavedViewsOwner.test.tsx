/** Issue #17 §2: saved views are filed under the deployment (build info's id, else the origin) and the user. */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fetchMe } from '../api/auth';
import { server } from '../mock/runtimes/node';
import { renderRoute } from '../test/render';

async function saveView(user: Awaited<ReturnType<typeof renderRoute>>['user'], name: string) {
  await user.click(await screen.findByRole('button', { name: 'Saved views' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Save current view…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Save view' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), `${name}{Enter}`);
  expect(dialog).not.toBeInTheDocument();
}

describe('SavedViewsOwner', () => {
  it("keys the users page's views by build info's deployment_id and the signed-in user", async () => {
    const { user } = await renderRoute('/users?filter=status:active', { as: 'admin' });
    await saveView(user, 'Active');
    const me = await fetchMe();
    const key = Object.keys(localStorage).find((k) => k.startsWith('coder-admin:saved-views:'));
    const deploymentId = '5c6d1b7e-8a4e-4f33-9a0f-0d6f1c2b7a11';
    expect(key).toBe(`coder-admin:saved-views:v1:${deploymentId}:${me.id}`);
  });

  it('falls back to the origin when build info has no deployment_id', async () => {
    server.use(http.get('*/api/v2/buildinfo', () => HttpResponse.json({ version: 'v2.99.0' })));
    const { user } = await renderRoute('/users', { as: 'admin' });
    await saveView(user, 'All');
    const key = Object.keys(localStorage).find((k) => k.startsWith('coder-admin:saved-views:'));
    expect(key).toContain(`:v1:${encodeURIComponent(window.location.origin)}:`);
  });
});

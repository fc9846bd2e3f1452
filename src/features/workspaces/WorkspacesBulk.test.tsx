/** Issue #13 §1: one bulk runner for workspaces (4 at a time, one invalidation, Cancel), selection per view. */
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mock/runtimes/node';
import { primaryDb } from '../../mock/state';
import { renderRoute } from '../../test/render';

const table = () => screen.findByRole('table', { name: 'Workspaces' });
const bar = () => screen.getByRole('region', { name: 'Bulk actions' });

/** Holds each build request `ms` before the mock answers it, counting how many are in flight at once. */
function slowBuilds(ms: number) {
  const seen = { inFlight: 0, max: 0, sent: 0 };
  server.use(
    http.post('*/api/v2/workspaces/:id/builds', async () => {
      seen.sent++;
      seen.max = Math.max(seen.max, ++seen.inFlight);
      await delay(ms);
      seen.inFlight--;
      // Nothing returned: the mock's own handler answers.
    }),
  );
  return seen;
}

/** Build count per workspace, to tell which ones got a new build. */
const buildCounts = () =>
  new Map(
    primaryDb()
      .liveWorkspaces()
      .map((w) => [w.id, w.builds.length]),
  );
const rebuilt = (before: Map<string, number>) =>
  primaryDb()
    .liveWorkspaces()
    .filter((w) => w.builds.length > (before.get(w.id) ?? 0)).length;

afterEach(() => vi.restoreAllMocks());

describe('workspace bulk builds', () => {
  it('sends at most 4 at a time and invalidates the workspace queries once, at the end', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    const seen = slowBuilds(50);
    const { user, queryClient } = await renderRoute('/workspaces?filter=status:stopped', { as: 'admin' });
    const t = await table();
    await within(t).findAllByRole('checkbox', { name: /^Select .+\/.+/ });
    const picked = within(t).getAllByRole('checkbox', { name: /^Select .+\/.+/ }).length;
    expect(picked).toBeGreaterThanOrEqual(6);
    await user.click(within(t).getByRole('checkbox', { name: 'Select all workspaces on this page' }));
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await user.click(await within(bar()).findByRole('button', { name: 'Start' }));
    // Once every request is answered, the banner follows the builds (no "… of N sent" any more).
    const outcome = [`${picked} workspaces started.`, `Starting ${picked} workspaces…`];
    expect(
      await screen.findByText((text) => outcome.includes(text), undefined, { timeout: 15_000 }),
    ).toBeVisible();
    expect(seen.sent).toBe(picked);
    expect(seen.max).toBeLessThanOrEqual(4);
    expect(invalidate).toHaveBeenCalledTimes(1);
  });

  it('Cancel stops the builds not sent yet and says how many', async () => {
    primaryDb().data.deployment.build_timing = { pending_ms: 0, running_ms: 0 };
    const before = buildCounts();
    const seen = slowBuilds(400);
    const { user } = await renderRoute('/workspaces?filter=status:stopped', { as: 'admin' });
    const t = await table();
    await within(t).findAllByRole('checkbox', { name: /^Select .+\/.+/ });
    const picked = within(t).getAllByRole('checkbox', { name: /^Select .+\/.+/ }).length;
    await user.click(within(t).getByRole('checkbox', { name: 'Select all workspaces on this page' }));
    await user.click(await within(bar()).findByRole('button', { name: 'Start' }));
    expect(
      await screen.findByText(new RegExp(`^Starting ${picked} workspaces… \\d+ of ${picked} done\\.`)),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/not started: cancelled before the request was sent/)).toBeVisible();
    expect(seen.sent).toBeLessThan(picked);
    await waitFor(() => expect(rebuilt(before)).toBe(seen.sent), { timeout: 15_000 });
  });
});

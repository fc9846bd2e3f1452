/** A build by id: its log (`ProvisionerJobLog[]`) and cancel, as Coder's `/workspacebuilds/{id}/...`. */
import { http } from 'msw';
import { buildLogs } from '../buildDetails';
import { authed, type Ctx } from '../context';
import type { BuildRow, WorkspaceRow } from '../db';
import { badRequest, json, notFound } from '../responses';
import { jobState } from '../serialize';
import { api } from './api';
import { readableWorkspace } from './workspaceBuilds';

/** The build and its workspace, if the caller may read the workspace (404 otherwise). */
function readableBuild(ctx: Ctx): { w: WorkspaceRow; b: BuildRow } | undefined {
  const id = ctx.params.workspacebuild;
  const w = ctx.db.liveWorkspaces().find((x) => x.builds.some((b) => b.id === id));
  const b = w?.builds.find((x) => x.id === id);
  return w && b && readableWorkspace(ctx, w.id) ? { w, b } : undefined;
}

const intParam = (url: URL, key: string) => {
  const raw = url.searchParams.get(key);
  const n = raw === null || raw === '' ? undefined : Number(raw);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
};

export const workspaceBuildDetailHandlers = [
  http.get(
    api('/workspacebuilds/:workspacebuild/logs'),
    authed((ctx) => {
      const found = readableBuild(ctx);
      if (!found) return notFound();
      const after = intParam(ctx.url, 'after');
      const before = intParam(ctx.url, 'before');
      const logs = buildLogs(found.b, ctx.db.template(found.w.template_id)).filter(
        (l) =>
          (after === undefined || l.id > after) && (before === undefined || before <= 0 || l.id < before),
      );
      return json(logs);
    }),
  ),
  http.patch(
    api('/workspacebuilds/:workspacebuild/cancel'),
    authed((ctx) => {
      const found = readableBuild(ctx);
      if (!found) return notFound();
      const { w, b } = found;
      if (!ctx.can({ object: { resource_type: 'workspace', resource_id: w.id }, action: 'update' })) {
        return notFound();
      }
      const status = jobState(b).status;
      if (status === 'canceling' || status === 'canceled')
        return badRequest('Job has already been marked as canceled!');
      if (status !== 'pending' && status !== 'running') return badRequest('Job has already completed!');
      const expect = ctx.url.searchParams.get('expect_status');
      if (expect && expect !== status)
        return badRequest(`Job is not in the expected state "${expect}": it is "${status}".`);
      b.canceled_at = new Date().toISOString();
      w.updated_at = b.canceled_at;
      ctx.db.changed();
      return json({ message: 'Job has been marked as canceled...' });
    }),
  ),
];

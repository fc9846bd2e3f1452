/** Workspace builds: the simulated provisioner (time-driven jobs) and Coder's build rules. */
import { readBody } from '../body';
import type { Ctx } from '../context';
import type { BuildRow, Db, WorkspaceRow } from '../db';
import { bodies } from '../requests';
import { badRequest, forbidden, message, notFound } from '../responses';
import { jobStatus, latestBuild } from '../serialize';

export const BUILD_REASONS = [
  'initiator',
  'dashboard',
  'cli',
  'ssh_connection',
  'vscode_connection',
  'jetbrains_connection',
  'task_manual_pause',
];
const TRANSITIONS = ['start', 'stop', 'delete'] as const;
type Transition = (typeof TRANSITIONS)[number];

export const buildActive = (w: WorkspaceRow, now = Date.now()) => {
  const s = jobStatus(latestBuild(w), now);
  return s === 'pending' || s === 'running' || s === 'canceling';
};

/** Workspaces whose delete build has succeeded are gone: mark them deleted (idempotent). */
export function settleDeletes(db: Db, now = Date.now()): void {
  const changed: WorkspaceRow[] = [];
  for (const w of db.data.workspaces) {
    if (w.deleted) continue;
    const b = latestBuild(w);
    if (b.transition === 'delete' && jobStatus(b, now) === 'succeeded') {
      w.deleted = true;
      changed.push(w);
    }
  }
  if (changed.length) db.touched({ workspaces: changed }, 'workspace-state'); // `deleted` is checked on read, in no index
}

/** The workspace named by `{workspace}` (uuid), if the caller may read it. */
export function readableWorkspace(ctx: Ctx, id: string | undefined): WorkspaceRow | undefined {
  settleDeletes(ctx.db);
  const w = id ? ctx.db.workspace(id) : undefined;
  if (!w) return undefined;
  return ctx.can({ object: { resource_type: 'workspace', resource_id: w.id }, action: 'read' })
    ? w
    : undefined;
}

/** Appends a build whose job follows the deployment's build timing. */
export function newBuild(
  db: Db,
  w: WorkspaceRow,
  transition: Transition,
  initiatorId: string,
  opts: { reason?: string; templateVersionId?: string } = {},
): BuildRow {
  const prev = w.builds[w.builds.length - 1];
  const failing = transition === 'start' ? w.fail_next_start : undefined;
  const b: BuildRow = {
    id: crypto.randomUUID(),
    job_id: crypto.randomUUID(),
    build_number: (prev?.build_number ?? 0) + 1,
    transition,
    template_version_id:
      opts.templateVersionId ??
      prev?.template_version_id ??
      db.template(w.template_id)?.active_version_id ??
      '',
    initiator_id: initiatorId,
    reason: opts.reason ?? 'initiator',
    created_at: new Date().toISOString(),
    pending_ms: db.data.deployment.build_timing.pending_ms,
    running_ms: db.data.deployment.build_timing.running_ms,
    outcome: failing ? 'failed' : 'succeeded',
    ...(failing ? { error: failing } : {}),
  };
  if (failing) delete w.fail_next_start;
  w.builds.push(b);
  if (transition === 'start') w.last_used_at = b.created_at;
  w.updated_at = b.created_at;
  db.touched({ workspaces: [w] }, 'workspace-state');
  return b;
}

/** `POST /workspaces/{id}/builds`: validation, authorization per transition, one active build at a time. */
export async function createBuild(ctx: Ctx): Promise<BuildRow | Response> {
  const w = readableWorkspace(ctx, ctx.params.workspace);
  if (!w) return notFound();
  const body = await readBody(ctx.request, bodies.build);
  if (body instanceof Response) return body;
  const transition = TRANSITIONS.find((t) => t === body.transition);
  if (!transition) {
    return message(400, 'Validation failed.', undefined, [
      {
        field: 'transition',
        detail: `Validation failed for tag "oneof" with value: "${body.transition ?? ''}"`,
      },
    ]);
  }
  if (body.reason && !BUILD_REASONS.includes(body.reason)) {
    return message(400, 'Validation failed.', undefined, [
      { field: 'reason', detail: `Validation failed for tag "oneof" with value: "${body.reason}"` },
    ]);
  }
  if (!ctx.can({ object: { resource_type: 'workspace', resource_id: w.id }, action: transition })) {
    return forbidden(`You do not have permission to ${transition} this workspace.`);
  }
  if (buildActive(w)) return message(409, 'A workspace build is already active.');
  const t = ctx.db.template(w.template_id);
  if (body.template_version_id && !t?.versions.some((v) => v.id === body.template_version_id)) {
    return badRequest('Template version not found.', undefined, [
      { field: 'template_version_id', detail: 'template version not found' },
    ]);
  }
  // Moving to another template version (Update) also needs `update` on the workspace, as in Coder's builder.
  const changesVersion =
    body.template_version_id !== undefined && body.template_version_id !== latestBuild(w).template_version_id;
  if (
    changesVersion &&
    !ctx.can({ object: { resource_type: 'workspace', resource_id: w.id }, action: 'update' })
  ) {
    return forbidden("Unauthorized to update the workspace's template version.");
  }
  return newBuild(ctx.db, w, transition, ctx.actor.user.id, {
    reason: body.reason || undefined,
    templateVersionId: body.template_version_id || undefined,
  });
}

/** `GET /api/v2/workspaces?q=`: Coder's workspace search grammar (§6.4) over the mock's rows. */
import type { Ctx } from '../context';
import type { Db, GroupRow, UserRow, WorkspaceRow } from '../db';
import type { Validation } from '../responses';
import { parseQuery, type KeyKind } from '../search';
import { jobStatus, latestBuild, workspaceStatus } from '../serialize';
import { parseTime } from '../time';

export const WORKSPACE_QUERY_KEYS: Record<string, KeyKind> = {
  owner: 'string',
  name: 'string',
  template: 'string',
  status: 'string',
  outdated: 'bool',
  dormant: 'bool',
  'has-agent': 'list',
  healthy: 'bool',
  organization: 'string',
  shared: 'bool',
  shared_with_user: 'string',
  shared_with_group: 'string',
  last_used_before: 'time',
  last_used_after: 'time',
  id: 'uuids',
  param: 'list',
  'has-ai-task': 'bool',
  has_external_agent: 'bool',
};

const STATUSES = [
  'pending',
  'starting',
  'running',
  'stopping',
  'stopped',
  'failed',
  'canceling',
  'canceled',
  'deleting',
  'deleted',
];
const AGENT_STATES = ['connecting', 'connected', 'disconnected', 'timeout'];

type Pred = (w: WorkspaceRow) => boolean;

function resolveUserRef(ctx: Ctx, ref: string): UserRow | undefined {
  if (ref === 'me') return ctx.actor.user;
  return ctx.db.user(ref) ?? ctx.db.userByUsername(ref);
}

function resolveGroupRef(ctx: Ctx, ref: string): GroupRow | undefined {
  const byId = ctx.db.group(ref);
  if (byId) return byId;
  const [orgName, groupName] = ref.includes('/') ? ref.split('/', 2) : ['default', ref];
  const org = ctx.db.org(orgName ?? '');
  return ctx.db.data.groups.find(
    (g) => g.organization_id === org?.id && g.name.toLowerCase() === groupName?.toLowerCase(),
  );
}

/** The mock has no agents: a running workspace's agent is connected, anything else has none. */
const agentState = (w: WorkspaceRow, now: number) =>
  workspaceStatus(w, now) === 'running' ? 'connected' : undefined;

/** Compiles `q` into one predicate, or the validations Coder answers 400 with. */
export function workspaceFilter(ctx: Ctx, q: string, now = Date.now()): Pred | Validation[] {
  const { query, errors } = parseQuery(q, WORKSPACE_QUERY_KEYS);
  const preds: Pred[] = [];
  let owner = query.string('owner');
  let name = query.string('name');
  if (query.text) {
    const parts = query.text.split('/');
    if (parts.length > 2) {
      errors.push({ field: 'q', detail: `Query element "${query.text}" can only contain 1 '/'` });
    } else if (parts.length === 2) {
      owner = parts[0] || owner;
      name = parts[1] || name;
    } else name = query.text;
  }
  if (owner) {
    const u = resolveUserRef(ctx, owner);
    preds.push((w) => w.owner_id === u?.id);
  }
  if (name) preds.push((w) => w.name.toLowerCase().includes(name));
  const template = query.string('template');
  if (template) preds.push((w) => ctx.db.template(w.template_id)?.name.toLowerCase() === template);
  const status = query.string('status');
  if (status !== undefined) {
    if (!STATUSES.includes(status)) {
      errors.push({
        field: 'status',
        detail: `Query param "status" has invalid value: "${status}" is not a valid value`,
      });
    } else preds.push((w) => workspaceStatus(w, now) === status);
  }
  const outdated = query.bool('outdated');
  if (outdated !== undefined) {
    preds.push((w) => {
      const t = ctx.db.template(w.template_id);
      return (t ? latestBuild(w).template_version_id !== t.active_version_id : false) === outdated;
    });
  }
  const dormant = query.bool('dormant');
  if (dormant !== undefined) preds.push((w) => Boolean(w.dormant_at) === dormant);
  const agents = query.list('has-agent');
  const badAgent = agents.find((a) => !AGENT_STATES.includes(a));
  if (badAgent) {
    errors.push({
      field: 'has-agent',
      detail: `Query param "has-agent" has invalid value: "${badAgent}" is not a valid agent state`,
    });
  } else if (agents.length) preds.push((w) => agents.includes(agentState(w, now) ?? ''));
  const healthy = query.bool('healthy');
  if (healthy !== undefined) preds.push((w) => (agentState(w, now) === 'connected') === healthy);
  const orgRef = query.string('organization');
  if (orgRef) {
    const org = ctx.db.org(orgRef);
    if (!org) {
      errors.push({
        field: 'organization',
        detail: `Query param "organization" has invalid value: organization "${orgRef}" either does not exist, or you are unauthorized to view it`,
      });
    } else preds.push((w) => w.organization_id === org.id);
  }
  const shared = query.bool('shared');
  if (shared !== undefined) {
    preds.push((w) => Object.keys(w.user_acl).length + Object.keys(w.group_acl).length > 0 === shared);
  }
  const sharedUser = query.string('shared_with_user');
  if (sharedUser) {
    const u = resolveUserRef(ctx, sharedUser);
    preds.push((w) => Boolean(u && w.user_acl[u.id]));
  }
  const sharedGroup = query.string('shared_with_group');
  if (sharedGroup) {
    const g = resolveGroupRef(ctx, sharedGroup);
    preds.push((w) => Boolean(g && w.group_acl[g.id]));
  }
  const [before, after] = [query.time('last_used_before'), query.time('last_used_after')];
  if (before !== undefined) preds.push((w) => parseTime(w.last_used_at) <= before);
  if (after !== undefined) preds.push((w) => parseTime(w.last_used_at) >= after);
  const ids = query.list('id');
  if (ids.length) preds.push((w) => ids.includes(w.id));
  // The mock's templates have no parameters, AI tasks or external agents.
  if (query.list('param').length) preds.push(() => false);
  for (const key of ['has-ai-task', 'has_external_agent']) {
    if (query.bool(key) === true) preds.push(() => false);
  }
  if (errors.length) return errors;
  return (w) => preds.every((p) => p(w));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every workspace (deleted ones too) by owner username, then name: sorted once per change, not per
 * request (2,000 at the large seed). Names are ASCII letters, digits and hyphens, so lower-cased code
 * points order them as a collator would.
 */
function byOwnerAndName(db: Db): readonly WorkspaceRow[] {
  return db.memo('workspacesByOwnerAndName', () =>
    db.data.workspaces
      .map((w) => ({
        w,
        owner: db.user(w.owner_id)?.username.toLowerCase() ?? '',
        name: w.name.toLowerCase(),
      }))
      .sort((a, b) => cmp(a.owner, b.owner) || cmp(a.name, b.name))
      .map((k) => k.w),
  );
}

/**
 * The live workspaces `keep` accepts, in Coder's order: running (successful start) first, then owner
 * username, then name — a stable split of the presorted list, since "running" changes with the clock.
 */
export function orderedWorkspaces(
  db: Db,
  keep: (w: WorkspaceRow) => boolean,
  now = Date.now(),
): WorkspaceRow[] {
  const running: WorkspaceRow[] = [];
  const rest: WorkspaceRow[] = [];
  for (const w of byOwnerAndName(db)) {
    if (w.deleted || !keep(w)) continue;
    const b = latestBuild(w);
    (b.transition === 'start' && jobStatus(b, now) === 'succeeded' ? running : rest).push(w);
  }
  return running.concat(rest);
}

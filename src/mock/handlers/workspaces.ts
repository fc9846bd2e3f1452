/** Workspaces and builds (issue 6): list with Coder's grammar, detail, rename, builds, create. */
import { http } from 'msw';
import { readBody } from '../body';
import { authed, type Ctx } from '../context';
import type { OrganizationRow, UserRow, WorkspaceRow } from '../db';
import {
  badRequest,
  forbidden,
  json,
  message,
  noContent,
  notFound,
  paginate,
  pagination,
} from '../responses';
import { bodies } from '../requests';
import * as s from '../serialize';
import { api } from './api';
import { nameValid } from './names';
import { readableOrg } from './organizations';
import { resolveUser } from './users';
import { createBuild, newBuild, readableWorkspace, settleDeletes } from './workspaceBuilds';
import { orderedWorkspaces, workspaceFilter } from './workspaceSearch';

const readCheck = (w: WorkspaceRow) => ({
  object: { resource_type: 'workspace', resource_id: w.id },
  action: 'read',
});

/**
 * Which workspaces the caller may read, without walking RBAC for each of 2,000 rows: a site-wide or
 * org-wide read answers for every row it covers; otherwise only the caller's own workspaces and those
 * shared with them or their groups can be readable, and only those get the full check.
 */
function readableBy(ctx: Ctx): (w: WorkspaceRow) => boolean {
  if (ctx.can({ object: { resource_type: 'workspace' }, action: 'read' })) return () => true;
  const orgWide = new Map<string, boolean>();
  const readsOrg = (orgId: string) => {
    let v = orgWide.get(orgId);
    if (v === undefined) {
      v = ctx.can({ object: { resource_type: 'workspace', organization_id: orgId }, action: 'read' });
      orgWide.set(orgId, v);
    }
    return v;
  };
  const me = ctx.actor.user.id;
  const candidate = (w: WorkspaceRow) =>
    w.owner_id === me || me in w.user_acl || Object.keys(w.group_acl).some((g) => ctx.actor.groupIds.has(g));
  return (w) => readsOrg(w.organization_id) || (candidate(w) && ctx.can(readCheck(w)));
}

const nameInvalid = (value: unknown) =>
  message(400, 'Validation failed.', undefined, [
    { field: 'name', detail: `Validation failed for tag "workspace_name" with value: "${String(value)}"` },
  ]);
const nameTaken = (name: string) =>
  message(409, `Workspace "${name}" already exists.`, undefined, [
    { field: 'name', detail: 'This value is already in use and should be unique.' },
  ]);
const ownerHas = (ctx: Ctx, ownerId: string, name: string) =>
  ctx.db.liveWorkspaces().some((w) => w.owner_id === ownerId && w.name.toLowerCase() === name.toLowerCase());

/** `CreateWorkspaceRequest` for `owner`, in `org` (or the template's org). */
async function createWorkspace(ctx: Ctx, owner: UserRow, org: OrganizationRow | undefined) {
  const body = await readBody(ctx.request, bodies.createWorkspace);
  if (body instanceof Response) return body;
  if (Boolean(body.template_id) === Boolean(body.template_version_id)) {
    return badRequest('Exactly one of template_id or template_version_id must be specified.');
  }
  const t = body.template_id
    ? ctx.db.template(body.template_id)
    : ctx.db.data.templates.find((x) => x.versions.some((v) => v.id === body.template_version_id));
  if (!t || (org && t.organization_id !== org.id)) {
    return badRequest(`Template not found.`, undefined, [
      { field: 'template_id', detail: 'template not found' },
    ]);
  }
  const orgId = t.organization_id;
  if (
    !ctx.can({
      object: { resource_type: 'template', resource_id: t.id, organization_id: orgId },
      action: 'use',
    })
  ) {
    return forbidden(`Unauthorized access to use the template "${t.name}".`);
  }
  if (
    !ctx.can({
      object: { resource_type: 'workspace', organization_id: orgId, owner_id: owner.id },
      action: 'create',
    })
  ) {
    return forbidden('Unauthorized to create workspace.');
  }
  if (!ctx.db.membership(orgId, owner.id)) {
    return badRequest(`User "${owner.username}" is not a member of the organization.`);
  }
  // Coder passes the template's deprecation message on as the detail.
  if (t.deprecated)
    return badRequest(
      `Template "${t.name}" has been deprecated, and cannot be used to create a new workspace.`,
      t.deprecated,
    );
  if (!body.name || !nameValid(body.name)) return nameInvalid(body.name ?? '');
  if (ownerHas(ctx, owner.id, body.name)) return nameTaken(body.name);
  const now = new Date().toISOString();
  const w: WorkspaceRow = {
    id: crypto.randomUUID(),
    name: body.name,
    owner_id: owner.id,
    organization_id: orgId,
    template_id: t.id,
    created_at: now,
    updated_at: now,
    last_used_at: now,
    ttl_ms: 8 * 3600_000,
    dormant_at: null,
    deleted: false,
    user_acl: {},
    group_acl: {},
    builds: [],
  };
  ctx.db.data.workspaces.push(w);
  ctx.db.changed();
  newBuild(ctx.db, w, 'start', ctx.actor.user.id, {
    templateVersionId: body.template_version_id ?? t.active_version_id,
  });
  return json(s.workspace(ctx.db, w), 201);
}

export const workspaceHandlers = [
  http.get(
    api('/workspaces'),
    authed((ctx) => {
      const page = pagination(ctx.url);
      if (page instanceof Response) return page;
      settleDeletes(ctx.db);
      const now = Date.now();
      const filter = workspaceFilter(ctx, ctx.url.searchParams.get('q') ?? '', now);
      if (Array.isArray(filter)) return badRequest('Invalid workspace search query.', undefined, filter);
      const readable = readableBy(ctx);
      const matched = orderedWorkspaces(ctx.db, (w) => filter(w) && readable(w), now);
      return json({
        workspaces: paginate(matched, page).map((w) => s.workspace(ctx.db, w, now)),
        count: matched.length,
      });
    }),
  ),
  http.get(
    api('/workspaces/:workspace'),
    authed((ctx) => {
      const w = readableWorkspace(ctx, ctx.params.workspace);
      return w ? json(s.workspace(ctx.db, w)) : notFound();
    }),
  ),
  http.patch(
    api('/workspaces/:workspace'),
    authed(async (ctx) => {
      const w = readableWorkspace(ctx, ctx.params.workspace);
      if (!w) return notFound();
      const body = await readBody(ctx.request, bodies.updateWorkspace);
      if (body instanceof Response) return body;
      if (!ctx.can({ object: { resource_type: 'workspace', resource_id: w.id }, action: 'update' })) {
        return forbidden();
      }
      if (!body.name || body.name === w.name) return noContent();
      if (!nameValid(body.name)) return nameInvalid(body.name);
      if (ownerHas(ctx, w.owner_id, body.name)) return nameTaken(body.name);
      w.name = body.name;
      w.updated_at = new Date().toISOString();
      ctx.db.touched(); // the name orders the workspace list (a memo)
      return noContent();
    }),
  ),
  http.get(
    api('/users/:user/workspace/:workspacename'),
    authed((ctx) => {
      settleDeletes(ctx.db);
      const owner = resolveUser(ctx, ctx.params.user);
      const name = (ctx.params.workspacename ?? '').toLowerCase();
      const w = owner
        ? ctx.db.liveWorkspaces().find((x) => x.owner_id === owner.id && x.name.toLowerCase() === name)
        : undefined;
      return w && ctx.can(readCheck(w)) ? json(s.workspace(ctx.db, w)) : notFound();
    }),
  ),
  http.get(
    api('/workspaces/:workspace/builds'),
    authed((ctx) => {
      const w = readableWorkspace(ctx, ctx.params.workspace);
      if (!w) return notFound();
      const page = pagination(ctx.url);
      if (page instanceof Response) return page;
      const builds = [...w.builds].reverse();
      return json(paginate(builds, page).map((b) => s.build(ctx.db, w, b)));
    }),
  ),
  http.post(
    api('/workspaces/:workspace/builds'),
    authed(async (ctx) => {
      const b = await createBuild(ctx);
      if (b instanceof Response) return b;
      const w = ctx.db.workspace(ctx.params.workspace ?? '');
      return w ? json(s.build(ctx.db, w, b), 201) : notFound();
    }),
  ),
  http.post(
    api('/organizations/:organization/members/:user/workspaces'),
    authed((ctx) => {
      const org = readableOrg(ctx, ctx.params.organization);
      const owner = resolveUser(ctx, ctx.params.user);
      if (!org || !owner) return notFound();
      return createWorkspace(ctx, owner, org);
    }),
  ),
  http.post(
    api('/users/:user/workspaces'),
    authed((ctx) => {
      const owner = resolveUser(ctx, ctx.params.user);
      return owner ? createWorkspace(ctx, owner, undefined) : notFound();
    }),
  ),
];

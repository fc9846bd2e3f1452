/** Workspace sharing ACL and org sharing settings (issue 6), with the rules of DIGEST §7. */
import { http } from 'msw';
import { readBody } from '../body';
import { authed, type Ctx } from '../context';
import type { AclRole, OrganizationRow, SharingMode, WorkspaceRow } from '../db';
import { bodies } from '../requests';
import { badRequest, forbidden, json, noContent, notFound, type Validation } from '../responses';
import * as s from '../serialize';
import { api } from './api';
import { readableOrg } from './organizations';
import { readableWorkspace } from './workspaceBuilds';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MODES: SharingMode[] = ['none', 'everyone', 'service_accounts'];
const DISABLED_FOR_ORG = 'Workspace sharing is disabled for this organization.';

function acl(ctx: Ctx, w: WorkspaceRow) {
  return {
    users: Object.entries(w.user_acl).flatMap(([id, role]) => {
      const u = ctx.db.user(id);
      return u ? [{ ...s.minimalUser(u), role }] : [];
    }),
    group: Object.entries(w.group_acl).flatMap(([id, role]) => {
      const g = ctx.db.group(id);
      return g ? [{ ...s.group(ctx.db, g, { includeMembers: false }), role }] : [];
    }),
  };
}

/** 404 when unreadable, 403 when the org forbids sharing or the caller lacks `share`. */
function shareable(ctx: Ctx): WorkspaceRow | Response {
  const w = readableWorkspace(ctx, ctx.params.workspace);
  if (!w) return notFound();
  if (ctx.db.org(w.organization_id)?.shareable_workspace_owners === 'none')
    return forbidden(DISABLED_FOR_ORG);
  if (!ctx.can({ object: { resource_type: 'workspace', resource_id: w.id }, action: 'share' }))
    return forbidden();
  return w;
}

type AclPatch = typeof bodies.acl.schema._zod.output;

function validate(ctx: Ctx, body: AclPatch): Validation[] {
  const out: Validation[] = [];
  const check = (
    field: 'user_roles' | 'group_roles',
    kind: 'user' | 'group',
    map: Record<string, string>,
  ) => {
    for (const [id, role] of Object.entries(map)) {
      if (!UUID.test(id)) out.push({ field, detail: `${id} is not a valid UUID.` });
      else if (!['admin', 'use', ''].includes(role))
        out.push({ field, detail: `role "${role}" is not a valid workspace role` });
      else if (kind === 'user' ? !ctx.db.user(id) : !ctx.db.group(id))
        out.push({ field, detail: `${kind} with ID ${id} does not exist` });
    }
  };
  check('user_roles', 'user', body.user_roles ?? {});
  check('group_roles', 'group', body.group_roles ?? {});
  return out;
}

function apply(target: Record<string, AclRole>, changes: Record<string, string>) {
  for (const [id, role] of Object.entries(changes)) {
    if (role === '') delete target[id];
    else target[id] = role as AclRole;
  }
}

function settings(ctx: Ctx, o: OrganizationRow) {
  const global = ctx.db.data.deployment.disable_workspace_sharing;
  const mode = global ? 'none' : o.shareable_workspace_owners;
  return {
    shareable_workspace_owners: mode,
    sharing_disabled: mode === 'none',
    sharing_globally_disabled: global,
  };
}

/** Narrowing the mode deletes the ACLs it no longer allows (as Coder does). */
function narrow(ctx: Ctx, o: OrganizationRow, mode: SharingMode) {
  for (const w of ctx.db.liveWorkspaces()) {
    if (w.organization_id !== o.id) continue;
    if (mode === 'none' || (mode === 'service_accounts' && !ctx.db.user(w.owner_id)?.is_service_account)) {
      w.user_acl = {};
      w.group_acl = {};
    }
  }
}

const orgCheck = (o: OrganizationRow, action: string) => ({
  object: { resource_type: 'organization', organization_id: o.id, resource_id: o.id },
  action,
});

export const workspaceAclHandlers = [
  http.get(
    api('/workspaces/:workspace/acl'),
    authed((ctx) => {
      const w = readableWorkspace(ctx, ctx.params.workspace);
      return w ? json(acl(ctx, w)) : notFound();
    }),
  ),
  http.patch(
    api('/workspaces/:workspace/acl'),
    authed(async (ctx) => {
      const w = shareable(ctx);
      if (w instanceof Response) return w;
      const body = await readBody(ctx.request, bodies.acl);
      if (body instanceof Response) return body;
      const errors = validate(ctx, body);
      if (errors.length) return badRequest('Invalid request to update workspace ACL', undefined, errors);
      const self = ctx.actor.user.id;
      const sharesAll = ctx.can({
        object: { resource_type: 'workspace', organization_id: w.organization_id },
        action: 'share',
      });
      if (body.user_roles && self in body.user_roles && !sharesAll) {
        return badRequest('You cannot change your own workspace sharing role.');
      }
      apply(w.user_acl, body.user_roles ?? {});
      apply(w.group_acl, body.group_roles ?? {});
      w.updated_at = new Date().toISOString();
      ctx.db.touched({ workspaces: [w] }, 'workspace-state');
      return noContent();
    }),
  ),
  http.delete(
    api('/workspaces/:workspace/acl'),
    authed((ctx) => {
      const w = shareable(ctx);
      if (w instanceof Response) return w;
      w.user_acl = {};
      w.group_acl = {};
      ctx.db.touched({ workspaces: [w] }, 'workspace-state');
      return noContent();
    }),
  ),
  http.get(
    api('/organizations/:organization/settings/workspace-sharing'),
    authed((ctx) => {
      // Like every organization route: 404 for an organization the caller cannot see.
      const o = readableOrg(ctx, ctx.params.organization);
      return o ? json(settings(ctx, o)) : notFound();
    }),
  ),
  http.patch(
    api('/organizations/:organization/settings/workspace-sharing'),
    authed(async (ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      if (!o) return notFound();
      if (!ctx.can(orgCheck(o, 'update'))) return forbidden();
      const body = await readBody(ctx.request, bodies.sharingSettings);
      if (body instanceof Response) return body;
      const raw = body.shareable_workspace_owners || (body.sharing_disabled ? 'none' : 'everyone');
      const mode = MODES.find((m) => m === raw);
      if (!mode) {
        return badRequest('Validation failed.', undefined, [
          {
            field: 'shareable_workspace_owners',
            detail: `Validation failed for tag "oneof" with value: "${raw}"`,
          },
        ]);
      }
      if (mode !== o.shareable_workspace_owners) {
        if (mode !== 'everyone') narrow(ctx, o, mode);
        o.shareable_workspace_owners = mode;
        o.updated_at = new Date().toISOString();
        ctx.db.touched();
      }
      return json(settings(ctx, o));
    }),
  ),
];

/**
 * IdP sync settings (issue 18 §1), as Coder's `enterprise/coderd/idpsync.go` serves them: per organization
 * group and role sync, the deployment-wide organization sync, and the claim fields/values seen at OIDC
 * sign-ins. Coder mounts these routes without an entitlement middleware (its dashboard shows a paywall
 * instead, from `template_rbac`), so the mock does not gate them either. RBAC: `idpsync_settings` read and
 * update, in the organization or site-wide; an organization the caller cannot see is 404 first.
 */
import { http } from 'msw';
import * as z from 'zod/mini';
import { INVALID_JSON, opt, readBody } from '../body';
import { authed, type Ctx } from '../context';
import type { IdpMapping, OrganizationRow, UserRow } from '../db';
import { groupSyncOf, organizationSyncOf as organizationSyncIn, roleSyncOf } from '../idpSync';
import { badRequest, forbidden, json, message, notFound } from '../responses';
import { api } from './api';
import { readableOrg } from './organizations';

const organizationSyncOf = (ctx: Ctx) => organizationSyncIn(ctx.db);

const NIL_ORG = '';
const mappingBody = opt(z.record(z.string(), opt(z.array(z.string()))));
const entries = opt(z.array(z.nullable(z.object({ given: opt(z.string()), gets: opt(z.string()) }))));
const str = opt(z.string());
const bool = opt(z.boolean());

const BODIES = {
  groups: {
    type: 'codersdk.GroupSyncSettings',
    schema: z.object({
      field: str,
      mapping: mappingBody,
      regex_filter: str,
      auto_create_missing_groups: bool,
      legacy_group_name_mapping: opt(z.record(z.string(), z.string())),
    }),
  },
  groupsConfig: {
    type: 'codersdk.PatchGroupIDPSyncConfigRequest',
    schema: z.object({ field: str, regex_filter: str, auto_create_missing_groups: bool }),
  },
  roles: { type: 'codersdk.RoleSyncSettings', schema: z.object({ field: str, mapping: mappingBody }) },
  rolesConfig: { type: 'codersdk.PatchRoleIDPSyncConfigRequest', schema: z.object({ field: str }) },
  organization: {
    type: 'codersdk.OrganizationSyncSettings',
    schema: z.object({ field: str, mapping: mappingBody, organization_assign_default: bool }),
  },
  organizationConfig: {
    type: 'codersdk.PatchOrganizationIDPSyncConfigRequest',
    schema: z.object({ field: str, assign_default: bool }),
  },
  mapping: {
    type: 'codersdk.PatchGroupIDPSyncMappingRequest',
    schema: z.object({ add: entries, remove: entries }),
  },
};

// ---- Go decoding rules: uuid.UUID and regexp.Regexp are decoded as text, failing the whole body

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
/** google/uuid's `Parse` error for a string that is no uuid. */
function uuidProblem(v: string): string | undefined {
  if (UUID.test(v) || /^(urn:uuid:)?\{?[0-9a-f-]{36}\}?$/i.test(v)) return undefined;
  return [32, 36, 38, 45].includes(v.length) ? 'invalid UUID format' : `invalid UUID length: ${v.length}`;
}

/** Go's `regexp.Compile` error text for the patterns the dashboard can send (RE2 has no lookaround). */
export function goRegexpProblem(pattern: string): string | undefined {
  const at = (what: string, expr: string) => `error parsing regexp: ${what}: \`${expr}\``;
  const perl = /\(\?<?[=!]/.exec(pattern);
  if (perl) return at('invalid or unsupported Perl syntax', perl[0]);
  const backref = /\\[1-9]/.exec(pattern);
  if (backref) return at('invalid escape sequence', backref[0]);
  try {
    new RegExp(pattern);
    return undefined;
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    if (/unterminated group/i.test(msg)) return at('missing closing )', pattern);
    if (/unmatched '\)'/i.test(msg)) return at('unexpected )', pattern);
    if (/unterminated character class/i.test(msg)) return at('missing closing ]', pattern);
    if (/nothing to repeat/i.test(msg)) return at('missing argument to repetition operator', pattern);
    return at('invalid regular expression', pattern);
  }
}

type MappingIn = Record<string, string[] | null | undefined> | null | undefined;
function mappingOf(raw: MappingIn, ids: boolean): IdpMapping | Response {
  if (!raw) return null;
  const out: Record<string, string[] | null> = {};
  for (const [claim, values] of Object.entries(raw)) {
    for (const v of values ?? []) {
      const p = ids ? uuidProblem(v) : undefined;
      if (p) return badRequest(INVALID_JSON, p);
    }
    out[claim] = values ? values.map((v) => (ids ? v.toLowerCase() : v)) : null;
  }
  return out;
}

type Entry = { given?: string | null; gets?: string | null } | null;
/** Coder's `applyIDPSyncMappingDiff`: add unique entries, then remove (an emptied key stays). */
function applyDiff(previous: IdpMapping, add: Entry[], remove: Entry[], ids: boolean): IdpMapping | Response {
  for (const e of [...add, ...remove]) {
    const p = ids ? uuidProblem(e?.gets ?? '') : undefined;
    if (p) return badRequest(INVALID_JSON, p);
  }
  const next: Record<string, string[] | null> = {};
  for (const [k, v] of Object.entries(previous ?? {})) next[k] = v ? [...v] : null;
  const norm = (v: string) => (ids ? v.toLowerCase() : v);
  for (const e of add) {
    const given = e?.given ?? '';
    const gets = norm(e?.gets ?? '');
    const list = next[given] ?? [];
    if (!list.includes(gets)) list.push(gets);
    next[given] = list;
  }
  for (const e of remove) {
    const given = e?.given ?? '';
    const gets = norm(e?.gets ?? '');
    const list = next[given];
    next[given] = list ? list.filter((x) => x !== gets) : null;
  }
  return next;
}

// ---- claims (Coder's OIDCClaimFields / OIDCClaimFieldValues over OIDC users' merged claims)

function oidcUsers(ctx: Ctx, orgId: string): UserRow[] {
  const users =
    orgId === NIL_ORG
      ? ctx.db.liveUsers()
      : ctx.db.membersOf(orgId).flatMap((m) => {
          const u = ctx.db.user(m.user_id);
          return u ? [u] : [];
        });
  return users.filter((u) => u.login_type === 'oidc' && u.oidc_claims);
}

export function claimFields(ctx: Ctx, orgId: string): string[] {
  const out = new Set<string>();
  for (const u of oidcUsers(ctx, orgId)) for (const k of Object.keys(u.oidc_claims ?? {})) out.add(k);
  return [...out].sort();
}

export function claimFieldValues(ctx: Ctx, orgId: string, field: string): string[] {
  const out = new Set<string>();
  for (const u of oidcUsers(ctx, orgId)) {
    const v = u.oidc_claims?.[field];
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') out.add(x);
  }
  return [...out].sort();
}

// ---- handlers

const orgCheck = (o: OrganizationRow, action: 'read' | 'update') => ({
  object: { resource_type: 'idpsync_settings', organization_id: o.id },
  action,
});
const siteCheck = (action: 'read' | 'update') => ({ object: { resource_type: 'idpsync_settings' }, action });

/** 404 for an organization the caller cannot see (Coder's ExtractOrganizationParam), then 403 without `action`. */
function orgFor(ctx: Ctx, action: 'read' | 'update'): OrganizationRow | Response {
  const o = readableOrg(ctx, ctx.params.organization);
  if (!o) return notFound();
  return ctx.can(orgCheck(o, action)) ? o : forbidden();
}

const touchOrg = (ctx: Ctx, o: OrganizationRow) => ctx.db.touched({ organizations: [o] });

function claims(kind: 'fields' | 'values') {
  return (ctx: Ctx, orgId: string, allowed: boolean) => {
    const field = ctx.url.searchParams.get('claimField') ?? '';
    if (kind === 'values' && !field) return badRequest('claimField query parameter is required');
    if (!allowed) {
      return message(
        403,
        kind === 'fields'
          ? 'You do not have permission to view the available IDP fields'
          : 'You do not have permission to view the IDP claim field values',
        'idpsync_settings.read permission is required',
      );
    }
    return json(kind === 'fields' ? claimFields(ctx, orgId) : claimFieldValues(ctx, orgId, field));
  };
}

const ORG = '/organizations/:organization/settings/idpsync';

export const idpSyncHandlers = [
  // Group sync
  http.get(
    api(`${ORG}/groups`),
    authed((ctx) => {
      const o = orgFor(ctx, 'read');
      return o instanceof Response ? o : json(groupSyncOf(o));
    }),
  ),
  http.patch(
    api(`${ORG}/groups`),
    authed(async (ctx) => {
      const o = orgFor(ctx, 'update');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, BODIES.groups);
      if (body instanceof Response) return body;
      if (Object.keys(body.legacy_group_name_mapping ?? {}).length > 0) {
        return badRequest(
          "Unexpected field 'legacy_group_name_mapping'. Field not allowed, set to null or remove it.",
          'legacy_group_name_mapping is deprecated, use mapping instead',
          [{ field: 'legacy_group_name_mapping', detail: 'field is not allowed' }],
        );
      }
      const regex = body.regex_filter ?? null;
      const bad = regex === null ? undefined : goRegexpProblem(regex);
      if (bad) return badRequest(INVALID_JSON, bad);
      const mapping = mappingOf(body.mapping, true);
      if (mapping instanceof Response) return mapping;
      o.group_sync = {
        field: body.field ?? '',
        mapping,
        regex_filter: regex,
        auto_create_missing_groups: body.auto_create_missing_groups ?? false,
        legacy_group_name_mapping: null,
      };
      touchOrg(ctx, o);
      return json(o.group_sync);
    }),
  ),
  http.patch(
    api(`${ORG}/groups/config`),
    authed(async (ctx) => {
      const o = orgFor(ctx, 'update');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, BODIES.groupsConfig);
      if (body instanceof Response) return body;
      const regex = body.regex_filter ?? null;
      const bad = regex === null ? undefined : goRegexpProblem(regex);
      if (bad) return badRequest(INVALID_JSON, bad);
      const existing = groupSyncOf(o);
      o.group_sync = {
        ...existing,
        field: body.field ?? '',
        regex_filter: regex,
        auto_create_missing_groups: body.auto_create_missing_groups ?? false,
      };
      touchOrg(ctx, o);
      return json(o.group_sync);
    }),
  ),
  http.patch(
    api(`${ORG}/groups/mapping`),
    authed(async (ctx) => {
      const o = orgFor(ctx, 'update');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, BODIES.mapping);
      if (body instanceof Response) return body;
      const existing = groupSyncOf(o);
      const mapping = applyDiff(existing.mapping, body.add ?? [], body.remove ?? [], true);
      if (mapping instanceof Response) return mapping;
      o.group_sync = { ...existing, mapping };
      touchOrg(ctx, o);
      return json(o.group_sync);
    }),
  ),
  // Role sync
  http.get(
    api(`${ORG}/roles`),
    authed((ctx) => {
      const o = orgFor(ctx, 'read');
      return o instanceof Response ? o : json(roleSyncOf(o));
    }),
  ),
  http.patch(
    api(`${ORG}/roles`),
    authed(async (ctx) => {
      const o = orgFor(ctx, 'update');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, BODIES.roles);
      if (body instanceof Response) return body;
      const mapping = mappingOf(body.mapping, false);
      if (mapping instanceof Response) return mapping;
      o.role_sync = { field: body.field ?? '', mapping };
      touchOrg(ctx, o);
      return json(o.role_sync);
    }),
  ),
  http.patch(
    api(`${ORG}/roles/config`),
    authed(async (ctx) => {
      const o = orgFor(ctx, 'update');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, BODIES.rolesConfig);
      if (body instanceof Response) return body;
      o.role_sync = { ...roleSyncOf(o), field: body.field ?? '' };
      touchOrg(ctx, o);
      return json(o.role_sync);
    }),
  ),
  http.patch(
    api(`${ORG}/roles/mapping`),
    authed(async (ctx) => {
      const o = orgFor(ctx, 'update');
      if (o instanceof Response) return o;
      const body = await readBody(ctx.request, BODIES.mapping);
      if (body instanceof Response) return body;
      const existing = roleSyncOf(o);
      const mapping = applyDiff(existing.mapping, body.add ?? [], body.remove ?? [], false);
      if (mapping instanceof Response) return mapping;
      o.role_sync = { ...existing, mapping };
      touchOrg(ctx, o);
      return json(o.role_sync);
    }),
  ),
  // Claims seen in the organization
  http.get(
    api(`${ORG}/available-fields`),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      if (!o) return notFound();
      return claims('fields')(ctx, o.id, ctx.can(orgCheck(o, 'read')));
    }),
  ),
  http.get(
    api(`${ORG}/field-values`),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      if (!o) return notFound();
      return claims('values')(ctx, o.id, ctx.can(orgCheck(o, 'read')));
    }),
  ),
  // Deployment-wide organization sync
  http.get(
    api('/settings/idpsync/organization'),
    authed((ctx) => (ctx.can(siteCheck('read')) ? json(organizationSyncOf(ctx)) : forbidden())),
  ),
  http.patch(
    api('/settings/idpsync/organization'),
    authed(async (ctx) => {
      if (!ctx.can(siteCheck('update'))) return forbidden();
      const body = await readBody(ctx.request, BODIES.organization);
      if (body instanceof Response) return body;
      const mapping = mappingOf(body.mapping, true);
      if (mapping instanceof Response) return mapping;
      const next = {
        field: body.field ?? '',
        mapping,
        organization_assign_default: body.organization_assign_default ?? false,
      };
      ctx.db.data.deployment.organization_sync = next;
      ctx.db.touched({});
      return json(next);
    }),
  ),
  http.patch(
    api('/settings/idpsync/organization/config'),
    authed(async (ctx) => {
      if (!ctx.can(siteCheck('update'))) return forbidden();
      const body = await readBody(ctx.request, BODIES.organizationConfig);
      if (body instanceof Response) return body;
      const next = {
        ...organizationSyncOf(ctx),
        field: body.field ?? '',
        organization_assign_default: body.assign_default ?? false,
      };
      ctx.db.data.deployment.organization_sync = next;
      ctx.db.touched({});
      return json(next);
    }),
  ),
  http.patch(
    api('/settings/idpsync/organization/mapping'),
    authed(async (ctx) => {
      if (!ctx.can(siteCheck('update'))) return forbidden();
      const body = await readBody(ctx.request, BODIES.mapping);
      if (body instanceof Response) return body;
      const existing = organizationSyncOf(ctx);
      const mapping = applyDiff(existing.mapping, body.add ?? [], body.remove ?? [], true);
      if (mapping instanceof Response) return mapping;
      const next = { ...existing, mapping };
      ctx.db.data.deployment.organization_sync = next;
      ctx.db.touched({});
      return json(next);
    }),
  ),
  http.get(
    api('/settings/idpsync/available-fields'),
    authed((ctx) => claims('fields')(ctx, NIL_ORG, ctx.can(siteCheck('read')))),
  ),
  http.get(
    api('/settings/idpsync/field-values'),
    authed((ctx) => claims('values')(ctx, NIL_ORG, ctx.can(siteCheck('read')))),
  ),
];

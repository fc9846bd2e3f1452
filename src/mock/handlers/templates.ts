/**
 * Templates (issue 6): list with Coder's template search, per organization, by name and by id; a template
 * version by id; and (issue 18) `PATCH /templates/{template}`, Coder's `patchTemplateMeta`, for deprecation.
 */
import { http, HttpResponse } from 'msw';
import { readBody } from '../body';
import { authed, type Ctx } from '../context';
import type { TemplateRow } from '../db';
import { bodies } from '../requests';
import { badRequest, forbidden, json, message, notFound } from '../responses';
import { parseQuery } from '../search';
import * as s from '../serialize';
import { api } from './api';
import { readableOrg } from './organizations';

const readable = (ctx: Ctx, t: TemplateRow) =>
  ctx.can({
    object: { resource_type: 'template', resource_id: t.id, organization_id: t.organization_id },
    action: 'read',
  });

const TEMPLATE_KEYS = {
  name: 'string',
  display_name: 'string',
  exact_name: 'string',
  exact_display_name: 'string',
  organization: 'string',
  deprecated: 'bool',
  deleted: 'bool',
  ids: 'uuids',
  author: 'string',
  author_id: 'string',
  'has-ai-task': 'bool',
  has_external_agent: 'bool',
} as const;

/**
 * Coder's template lists leave deprecated templates out unless the query names `deprecated:`; then
 * `deprecated:true` lists only the deprecated ones (its SQL: `deprecated != ''`), `deprecated:false` the others.
 */
const deprecationMatches = (t: TemplateRow, wanted: boolean | undefined) =>
  (t.deprecated !== '') === (wanted ?? false);

function filterTemplates(ctx: Ctx, q: string): TemplateRow[] | Response {
  const { query, errors } = parseQuery(q, TEMPLATE_KEYS);
  const orgRef = query.string('organization');
  const org = orgRef ? ctx.db.org(orgRef) : undefined;
  if (orgRef && !org) errors.push({ field: 'organization', detail: `Organization "${orgRef}" not found` });
  if (errors.length) return badRequest('Invalid template search query.', undefined, errors);
  const author = query.string('author');
  const authorId =
    author === 'me' ? ctx.actor.user.id : author ? ctx.db.userByUsername(author)?.id : undefined;
  const has = (v: string, sub: string | undefined) => !sub || v.toLowerCase().includes(sub);
  const is = (v: string, exact: string | undefined) => !exact || v.toLowerCase() === exact;
  const ids = query.list('ids');
  return ctx.db.data.templates.filter(
    (t) =>
      readable(ctx, t) &&
      has(t.display_name || t.name, query.text) &&
      has(t.name, query.string('name')) &&
      has(t.display_name, query.string('display_name')) &&
      is(t.name, query.string('exact_name')) &&
      is(t.display_name, query.string('exact_display_name')) &&
      (!org || t.organization_id === org.id) &&
      deprecationMatches(t, query.bool('deprecated')) &&
      query.bool('deleted') !== true &&
      (!ids.length || ids.includes(t.id)) &&
      (!author || t.created_by_id === authorId) &&
      (!query.string('author_id') || t.created_by_id === query.string('author_id')) &&
      query.bool('has-ai-task') !== true &&
      query.bool('has_external_agent') !== true,
  );
}

const byName = (a: TemplateRow, b: TemplateRow) => a.name.localeCompare(b.name);

/** Coder answers a failed transaction with `httpapi.InternalServerError`: a fixed message, the error as detail. */
const internalError = (detail: string) => message(500, 'An internal server error occurred.', detail);

/**
 * `PATCH /templates/{template}` (`UpdateTemplateMeta`): like Coder, a full update of the metadata, not a
 * patch: an empty `name` keeps the name, but `display_name`, `description` and `icon` take the request's
 * values (absent = empty); an absent `deprecation_message` keeps the deprecation, `""` lifts it. Nothing
 * changed → 304 without a body. Reading the template needs `template:read` (else 404), changing it
 * `template:update` (else 403, dbauthz's refusal). Setting a message needs the `access_control` entitlement:
 * without it Coder's AGPL access-control store fails the transaction ("enterprise license required for
 * deprecation_message", a 500), while lifting a deprecation stays allowed.
 */
async function patchTemplate(ctx: Ctx) {
  const t = ctx.db.template(ctx.params.template ?? '');
  if (!t || !readable(ctx, t)) return notFound();
  const body = await readBody(ctx.request, bodies.updateTemplateMeta);
  if (body instanceof Response) return body;
  const next = {
    name: body.name || t.name,
    display_name: body.display_name ?? '',
    description: body.description ?? '',
    icon: body.icon ?? '',
    deprecated: body.deprecation_message ?? t.deprecated,
  };
  if (
    next.name === t.name &&
    next.display_name === t.display_name &&
    next.description === t.description &&
    next.icon === t.icon &&
    next.deprecated === t.deprecated
  ) {
    return new HttpResponse(null, { status: 304 });
  }
  const object = { resource_type: 'template', resource_id: t.id, organization_id: t.organization_id };
  if (!ctx.can({ object, action: 'update' })) return forbidden();
  if (
    next.name !== t.name &&
    ctx.db.data.templates.some((x) => x.organization_id === t.organization_id && x.name === next.name)
  ) {
    return message(409, `Template with name "${next.name}" already exists.`, undefined, [
      { field: 'name', detail: 'This value is already in use and should be unique.' },
    ]);
  }
  if (next.deprecated !== '' && next.deprecated !== t.deprecated && !ctx.db.data.deployment.premium) {
    return internalError('set template access control: enterprise license required for deprecation_message');
  }
  Object.assign(t, next, { updated_at: new Date().toISOString() });
  ctx.db.changed();
  return json(s.template(ctx.db, t));
}

/** `TemplateVersion`: the mock keeps a version's id, name and date; its job and readme are left out. */
function templateVersion(ctx: Ctx, t: TemplateRow, v: TemplateRow['versions'][number]) {
  const creator = ctx.db.user(t.created_by_id);
  return {
    id: v.id,
    template_id: t.id,
    organization_id: t.organization_id,
    name: v.name,
    message: '',
    readme: '',
    archived: false,
    has_external_agent: false,
    created_at: v.created_at,
    updated_at: v.created_at,
    ...(creator ? { created_by: s.minimalUser(creator) } : {}),
    warnings: [],
  };
}

export const templateHandlers = [
  http.get(
    api('/templates'),
    authed((ctx) => {
      const rows = filterTemplates(ctx, ctx.url.searchParams.get('q') ?? '');
      if (rows instanceof Response) return rows;
      return json(rows.sort(byName).map((t) => s.template(ctx.db, t)));
    }),
  ),
  http.get(
    api('/templates/:template'),
    authed((ctx) => {
      const t = ctx.db.template(ctx.params.template ?? '');
      return t && readable(ctx, t) ? json(s.template(ctx.db, t)) : notFound();
    }),
  ),
  http.patch(api('/templates/:template'), authed(patchTemplate)),
  http.get(
    api('/templateversions/:templateversion'),
    authed((ctx) => {
      const id = ctx.params.templateversion ?? '';
      const t = ctx.db.data.templates.find((x) => x.versions.some((v) => v.id === id));
      const v = t?.versions.find((x) => x.id === id);
      return t && v && readable(ctx, t) ? json(templateVersion(ctx, t, v)) : notFound();
    }),
  ),
  http.get(
    api('/organizations/:organization/templates'),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      if (!o) return notFound();
      // The same search as `/templates` (Coder's `fetchTemplates`), with the organization fixed.
      const rows = filterTemplates(ctx, ctx.url.searchParams.get('q') ?? '');
      if (rows instanceof Response) return rows;
      return json(
        rows
          .filter((t) => t.organization_id === o.id)
          .sort(byName)
          .map((t) => s.template(ctx.db, t)),
      );
    }),
  ),
  http.get(
    api('/organizations/:organization/templates/:templatename'),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      const name = (ctx.params.templatename ?? '').toLowerCase();
      const t = o && ctx.db.data.templates.find((x) => x.organization_id === o.id && x.name === name);
      return t && readable(ctx, t) ? json(s.template(ctx.db, t)) : notFound();
    }),
  ),
];

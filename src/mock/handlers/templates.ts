/** Templates (issue 6): list with Coder's template search, per organization, by name and by id. */
import { http } from 'msw';
import { authed, type Ctx } from '../context';
import type { TemplateRow } from '../db';
import { badRequest, json, notFound } from '../responses';
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
      (query.bool('deprecated') === undefined || t.deprecated === query.bool('deprecated')) &&
      query.bool('deleted') !== true &&
      (!ids.length || ids.includes(t.id)) &&
      (!author || t.created_by_id === authorId) &&
      (!query.string('author_id') || t.created_by_id === query.string('author_id')) &&
      query.bool('has-ai-task') !== true &&
      query.bool('has_external_agent') !== true,
  );
}

const byName = (a: TemplateRow, b: TemplateRow) => a.name.localeCompare(b.name);

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
  http.get(
    api('/organizations/:organization/templates'),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      if (!o) return notFound();
      const rows = ctx.db.data.templates.filter((t) => t.organization_id === o.id && readable(ctx, t));
      return json(rows.sort(byName).map((t) => s.template(ctx.db, t)));
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

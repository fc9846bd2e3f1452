import { http } from 'msw';
import { authed, type Ctx } from '../context';
import type { OrganizationRow } from '../db';
import { json, notFound } from '../responses';
import * as s from '../serialize';
import { api } from './api';

/** The organization if the caller may read it; Coder hides the rest with 404. */
export function readableOrg(ctx: Ctx, ref: string | undefined): OrganizationRow | undefined {
  const o = ref ? ctx.db.org(ref) : undefined;
  if (!o) return undefined;
  return ctx.can({
    object: { resource_type: 'organization', organization_id: o.id, resource_id: o.id },
    action: 'read',
  })
    ? o
    : undefined;
}

export const organizationReadHandlers = [
  http.get(
    api('/organizations'),
    authed((ctx) =>
      json(
        ctx.db.data.organizations
          .filter((o) => readableOrg(ctx, o.id))
          .sort((a, b) => Number(b.is_default) - Number(a.is_default) || a.name.localeCompare(b.name))
          .map(s.organization),
      ),
    ),
  ),
  http.get(
    api('/organizations/:organization'),
    authed((ctx) => {
      const o = readableOrg(ctx, ctx.params.organization);
      return o ? json(s.organization(o)) : notFound();
    }),
  ),
];

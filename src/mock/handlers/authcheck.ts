import { http } from 'msw';
import { authed } from '../context';
import { readBody } from '../body';
import { bodies } from '../requests';
import { badRequest, json, type Validation } from '../responses';
import type { Check } from '../rbac';
import { api } from './api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESOURCE_ID_TYPES = ['workspace', 'template', 'user', 'group'];

type CheckBody = NonNullable<typeof bodies.authcheck.schema._zod.output.checks>[string];

/** A decoded check, JSON nulls read as Go's zero values. */
function toCheck(c: CheckBody): Check {
  const o = c?.object;
  return {
    action: c?.action ?? '',
    object: {
      resource_type: o?.resource_type ?? '',
      resource_id: o?.resource_id || undefined,
      owner_id: o?.owner_id || undefined,
      organization_id: o?.organization_id || undefined,
      any_org: o?.any_org ?? undefined,
    },
  };
}

export const authcheckHandlers = [
  http.post(
    api('/authcheck'),
    authed(async (ctx) => {
      const body = await readBody(ctx.request, bodies.authcheck);
      if (body instanceof Response) return body;
      const checks = body.checks ?? {};
      const validations: Validation[] = [];
      let withIds = 0;
      for (const [key, c] of Object.entries(checks)) {
        const o = c?.object;
        if (!o?.resource_type) {
          validations.push({
            field: 'resource_type',
            detail: `check "${key}": object.resource_type is required`,
          });
          continue;
        }
        if (o.resource_id) {
          withIds++;
          if (!UUID.test(o.resource_id))
            validations.push({ field: 'resource_id', detail: `"${o.resource_id}" is not a valid uuid` });
          else if (!RESOURCE_ID_TYPES.includes(o.resource_type)) {
            validations.push({
              field: 'resource_type',
              detail: `resource_id is not supported for resource type "${o.resource_type}"`,
            });
          }
        }
      }
      if (withIds > 10) return badRequest('Too many checks with a resource_id specified, max 10.');
      if (validations.length) return badRequest('Invalid authorization request.', undefined, validations);
      const out: Record<string, boolean> = {};
      for (const [key, c] of Object.entries(checks)) out[key] = ctx.can(toCheck(c));
      return json(out);
    }),
  ),
];

/** Group create and patch, with Coder's name, Everyone and membership rules. */
import { readBody } from '../body';
import type { Ctx } from '../context';
import type { GroupRow } from '../db';
import {
  badRequest,
  forbidden,
  json,
  message,
  notFound,
  validationFailed,
  type Validation,
} from '../responses';
import { bodies } from '../requests';
import * as s from '../serialize';
import { TEXT_LIMITS, textProblem, validateNames } from './names';
import { readableOrg } from './organizations';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NAME_OPTS = { nameTag: 'group_name', nameMax: 255, displayNameTag: 'group_display_name' };

/** Quota and avatar URL (names are checked separately: a patch checks only a changed name). */
function fieldProblems(body: { quota_allowance?: number | null; avatar_url?: string | null }): Validation[] {
  const q = body.quota_allowance;
  return [
    ...(q === undefined || q === null || q >= 0
      ? []
      : [{ field: 'quota_allowance', detail: 'Quota allowance must be a whole number of 0 or more.' }]),
    ...textProblem('avatar_url', body.avatar_url, TEXT_LIMITS.url),
  ];
}

const taken = (name: string): Response =>
  message(409, `A group named "${name}" already exists.`, undefined, [
    { field: 'name', detail: 'Group names must be unique' },
  ]);

export async function createGroup(ctx: Ctx): Promise<Response> {
  const o = readableOrg(ctx, ctx.params.organization);
  if (!o) return notFound();
  if (!ctx.can({ object: { resource_type: 'group', organization_id: o.id }, action: 'create' }))
    return forbidden();
  const body = await readBody(ctx.request, bodies.createGroup);
  if (body instanceof Response) return body;
  const invalid = [...validateNames(body, { ...NAME_OPTS, nameRequired: true }), ...fieldProblems(body)];
  if (invalid.length) return validationFailed(invalid);
  const name = String(body.name);
  if (name.toLowerCase() === 'everyone')
    return badRequest('Invalid group name.', undefined, [
      { field: 'name', detail: '"Everyone" is a reserved group name' },
    ]);
  if (ctx.db.data.groups.some((g) => g.organization_id === o.id && g.name === name)) return taken(name);
  const g: GroupRow = {
    id: crypto.randomUUID(),
    organization_id: o.id,
    name,
    display_name: body.display_name ?? '',
    avatar_url: body.avatar_url ?? '',
    quota_allowance: body.quota_allowance ?? 0,
    source: 'user',
    member_ids: [],
  };
  ctx.db.data.groups.push(g);
  ctx.db.changed();
  return json(s.group(ctx.db, g), 201);
}

/** Caller already passed read + `group:update`. */
export async function patchGroup(ctx: Ctx, g: GroupRow): Promise<Response> {
  const body = await readBody(ctx.request, bodies.patchGroup);
  if (body instanceof Response) return body;
  const everyone = ctx.db.isEveryone(g);
  const rename = Boolean(body.name) && body.name !== g.name;
  const invalid = [
    ...validateNames(
      { name: rename ? body.name : undefined, display_name: body.display_name },
      { ...NAME_OPTS, nameRequired: false },
    ),
    ...fieldProblems(body),
  ];
  if (invalid.length) return validationFailed(invalid);
  if (everyone && rename) return badRequest('Cannot rename the "Everyone" group!');
  if (everyone && typeof body.display_name === 'string' && body.display_name !== g.display_name)
    return badRequest('Cannot update the Display Name for the "Everyone" group!');
  const add = body.add_users ?? [];
  const remove = body.remove_users ?? [];
  if (everyone && (add.length || remove.length))
    return forbidden('Cannot add or remove users from the "Everyone" group!');
  if (rename && String(body.name).toLowerCase() === 'everyone')
    return badRequest('Invalid group name.', undefined, [
      { field: 'name', detail: '"Everyone" is a reserved group name' },
    ]);
  if (
    rename &&
    ctx.db.data.groups.some((x) => x.organization_id === g.organization_id && x.name === body.name)
  )
    return message(409, `A group with name "${String(body.name)}" already exists.`, undefined, [
      { field: 'name', detail: 'Group names must be unique' },
    ]);
  for (const id of [...add, ...remove]) {
    if (!UUID.test(id)) return badRequest(`ID "${id}" must be a valid user UUID.`);
  }
  for (const id of add) {
    if (!ctx.db.membership(g.organization_id, id))
      return badRequest(
        `User must be a member of organization "${ctx.db.org(g.organization_id)?.name ?? ''}"`,
      );
    if (g.member_ids.includes(id)) return badRequest('Cannot add the same user to a group twice!');
  }
  if (rename) g.name = String(body.name);
  if (typeof body.display_name === 'string') g.display_name = body.display_name;
  if (typeof body.avatar_url === 'string') g.avatar_url = body.avatar_url;
  if (typeof body.quota_allowance === 'number') g.quota_allowance = body.quota_allowance;
  g.member_ids = [...g.member_ids.filter((id) => !remove.includes(id)), ...add];
  ctx.db.changed();
  return json(s.group(ctx.db, g));
}

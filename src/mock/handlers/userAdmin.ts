/** Users administration (issue 4): create, profile, status, delete (+ roles and passwords, see userSecurity). */
import { http, type HttpHandler } from 'msw';
import { readBody } from '../body';
import { authed, type Ctx } from '../context';
import type { LoginType, UserRow, UserStatus } from '../db';
import { passwordProblem } from '../password';
import { hashPassword } from '../secrets';
import { canAssignRole } from '../rbac';
import {
  badRequest,
  forbidden,
  json,
  message,
  notFound,
  premiumRequired,
  validationFailed,
  type Validation,
} from '../responses';
import { bodies } from '../requests';
import * as s from '../serialize';
import { api } from './api';
import { realNameValid, tagFailure as tag } from './names';
import { readableUser } from './users';
import { userSecurityHandlers } from './userSecurity';

export const NAME_VALID = /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export function usernameProblem(field: string, v: unknown): Validation | undefined {
  const value = typeof v === 'string' ? v : '';
  if (!value) return tag(field, 'required', '');
  if (value.length > 32 || !NAME_VALID.test(value) || ['new', 'create'].includes(value.toLowerCase()))
    return tag(field, 'username', value);
  return undefined;
}
/** `UserRealNameValid`: at most 128 bytes (Go's len), no surrounding whitespace, no NUL. */
export function realNameProblem(v: unknown): Validation | undefined {
  const value = typeof v === 'string' ? v : '';
  return realNameValid(value) ? undefined : tag('name', 'user_real_name', value);
}

const userCheck = (u: UserRow, action: string) => ({
  object: { resource_type: 'user', resource_id: u.id, owner_id: u.id },
  action,
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');

async function createUser(ctx: Ctx): Promise<Response> {
  const body = await readBody(ctx.request, bodies.createUser);
  if (body instanceof Response) return body;
  const sa = body.service_account === true;
  const username = str(body.username);
  const email = str(body.email);
  const password = str(body.password);
  const name = str(body.name);
  const validations: Validation[] = [];
  const u = usernameProblem('username', username);
  if (u) validations.push(u);
  if (!sa && !email) validations.push(tag('email', 'required', ''));
  else if (email && !EMAIL.test(email)) validations.push(tag('email', 'email', email));
  const n = realNameProblem(name);
  if (n) validations.push(n);
  if (validations.length) return validationFailed(validations);

  let loginType = str(body.login_type) as LoginType;
  if (sa) {
    if (!ctx.db.data.deployment.premium) return premiumRequired('Service Accounts');
    if (loginType && loginType !== 'none') return badRequest("Service accounts must use login type 'none'.");
    if (password) return badRequest('Password cannot be set for service accounts.');
    if (email) return badRequest('Email cannot be set for service accounts.');
    loginType = 'none';
  }
  if (!loginType) loginType = 'password';
  if (loginType !== 'password' && password)
    return badRequest(`Password cannot be set for non-password ("${loginType}") authentication.`);

  const orgIds = [...(body.organization_ids ?? []), ...(body.organization_id ? [body.organization_id] : [])];
  if (!orgIds.length)
    return message(
      400,
      'No organization specified to place the user as a member of. It is required to specify at least one organization id to place the user in.',
      "required at least 1 value for the array 'organization_ids'",
      [{ field: 'organization_ids', detail: 'Missing values, this cannot be empty' }],
    );
  const roles = (body.roles ?? []).filter((r) => r && r !== 'member');
  // Refused before the uniqueness check: a 409 would tell a member which usernames and emails exist.
  if (
    !ctx.can({ object: { resource_type: 'user' }, action: 'create' }) ||
    roles.some((r) => !canAssignRole(ctx.db, ctx.actor, r))
  )
    return forbidden('You are not authorized to create users.');
  if (ctx.db.userByUsername(username) || (email && ctx.db.userByEmail(email)))
    return message(409, 'User already exists.');
  const orgs = [];
  for (const id of orgIds) {
    const o = id === NIL_UUID ? ctx.db.defaultOrg() : ctx.db.data.organizations.find((x) => x.id === id);
    if (!o) return notFound(`Organization does not exist with the provided id "${id}".`);
    orgs.push(o);
  }
  if (loginType === 'password') {
    const problem = passwordProblem(password);
    if (problem)
      return badRequest('Password not strong enough!', undefined, [{ field: 'password', detail: problem }]);
  } else if (loginType === 'oidc') {
    if (!(ctx.db.data.deployment.oidc_auth ?? true))
      return badRequest('You must configure OIDC before creating OIDC users.');
  } else if (loginType !== 'none' && loginType !== 'github') {
    return badRequest(`Unsupported login type "${loginType}" for manually creating new users.`);
  }

  const hashed = loginType === 'password' ? await hashPassword(password) : null;
  // Hashing yields to other requests: the name may have been taken meanwhile.
  if (ctx.db.userByUsername(username) || (email && ctx.db.userByEmail(email)))
    return message(409, 'User already exists.');
  const now = new Date().toISOString();
  const status = ['active', 'dormant', 'suspended'].includes(str(body.user_status))
    ? (str(body.user_status) as UserStatus)
    : 'dormant';
  const row: UserRow = {
    id: crypto.randomUUID(),
    username,
    name: name.trim(),
    email,
    avatar_url: '',
    created_at: now,
    updated_at: now,
    last_seen_at: null,
    status,
    ...(status === 'active' ? { activated_at: now } : {}),
    login_type: loginType,
    is_service_account: sa,
    hashed_password: hashed,
    roles: [...new Set(roles)],
    deleted: false,
  };
  ctx.db.data.users.push(row);
  for (const o of [...new Set(orgs)])
    ctx.db.data.members.push({
      organization_id: o.id,
      user_id: row.id,
      roles: [],
      created_at: now,
      updated_at: now,
    });
  ctx.db.changed({ users: [row], members: [] }); // added rows are found by the store
  return json(s.user(ctx.db, row), 201);
}

function setStatus(status: 'active' | 'suspended') {
  return authed((ctx) => {
    const u = readableUser(ctx, ctx.params.user);
    if (!u) return notFound();
    if (status === 'suspended') {
      if (u.id === ctx.actor.user.id) return badRequest('You cannot suspend yourself.');
      if (u.roles.includes('owner'))
        return badRequest('You cannot suspend a user with the "owner" role. You must remove the role first.');
    }
    if (!ctx.can(userCheck(u, 'update'))) return forbidden();
    u.status = status;
    u.updated_at = new Date().toISOString();
    // Coder answers `active` even for a user never seen; its dormancy job acts later, on its own schedule.
    if (status === 'active') u.activated_at = u.updated_at;
    ctx.db.changed();
    return json(s.user(ctx.db, u));
  });
}

export const userAdminHandlers: HttpHandler[] = [
  http.post(api('/users'), authed(createUser)),
  http.put(
    api('/users/:user/profile'),
    authed(async (ctx) => {
      const u = readableUser(ctx, ctx.params.user);
      if (!u || !ctx.can(userCheck(u, 'update_personal'))) return notFound();
      const body = await readBody(ctx.request, bodies.profile);
      if (body instanceof Response) return body;
      const validations = [usernameProblem('username', body.username), realNameProblem(body.name)].filter(
        (v): v is Validation => Boolean(v),
      );
      if (validations.length) return validationFailed(validations);
      const username = str(body.username);
      if (username !== u.username && !ctx.can(userCheck(u, 'update'))) return notFound();
      const other = ctx.db.userByUsername(username);
      if (other && other.id !== u.id)
        return message(409, 'A user with this username already exists.', undefined, [
          { field: 'username', detail: 'This username is already in use.' },
        ]);
      u.username = username;
      u.name = str(body.name).trim();
      u.updated_at = new Date().toISOString();
      ctx.db.changed();
      return json(s.user(ctx.db, u));
    }),
  ),
  http.put(api('/users/:user/status/suspend'), setStatus('suspended')),
  http.put(api('/users/:user/status/activate'), setStatus('active')),
  http.delete(
    api('/users/:user'),
    authed((ctx) => {
      const u = readableUser(ctx, ctx.params.user);
      if (!u) return notFound();
      if (u.id === ctx.actor.user.id) return forbidden('You cannot delete yourself!');
      // Coder lists the workspaces as the caller: only the ones it can see block the delete.
      const owned = ctx.db
        .liveWorkspaces()
        .filter(
          (w) =>
            w.owner_id === u.id &&
            ctx.can({ object: { resource_type: 'workspace', resource_id: w.id }, action: 'read' }),
        );
      if (owned.length)
        return message(
          417,
          'You cannot delete a user that has workspaces. Delete their workspaces and try again!',
        );
      if (!ctx.can(userCheck(u, 'delete'))) return forbidden();
      u.deleted = true;
      u.updated_at = new Date().toISOString();
      ctx.db.data.sessions = ctx.db.data.sessions.filter((x) => x.user_id !== u.id);
      ctx.db.changed();
      return json({ message: 'User has been deleted!' });
    }),
  ),
  ...userSecurityHandlers,
];

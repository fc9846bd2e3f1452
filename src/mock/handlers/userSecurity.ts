/** Site roles (assignable list, per-user get/put) and password changes (issue 4). */
import { http } from 'msw';
import { readBody } from '../body';
import { authed } from '../context';
import { passwordProblem } from '../password';
import { hashPassword, verifyPassword } from '../secrets';
import { canAssignRole, siteRoles } from '../rbac';
import { bodies } from '../requests';
import { badRequest, message, forbidden, json, noContent, notFound } from '../responses';
import * as s from '../serialize';
import { api } from './api';
import { readableUser } from './users';

const userCheck = (id: string, action: string) => ({
  object: { resource_type: 'user', resource_id: id, owner_id: id },
  action,
});

export const userSecurityHandlers = [
  http.get(
    api('/users/roles'),
    authed((ctx) => {
      if (!ctx.can({ object: { resource_type: 'assign_role' }, action: 'read' })) return forbidden();
      const roles = Object.values(siteRoles).filter((r) => r.name !== 'member' && r.display_name);
      return json(
        roles.map((r) => ({
          name: r.name,
          display_name: r.display_name,
          site_permissions: r.site,
          organization_permissions: [],
          user_permissions: r.user,
          organization_member_permissions: [],
          assignable: canAssignRole(ctx.db, ctx.actor, r.name),
          built_in: true,
        })),
      );
    }),
  ),
  http.get(
    api('/users/:user/roles'),
    authed((ctx) => {
      const u = readableUser(ctx, ctx.params.user);
      if (!u || !ctx.can(userCheck(u.id, 'read_personal'))) return notFound();
      const organization_roles: Record<string, string[]> = {};
      for (const m of ctx.db.membershipsOf(u.id)) organization_roles[m.organization_id] = [...m.roles];
      return json({ roles: [...u.roles], organization_roles });
    }),
  ),
  http.put(
    api('/users/:user/roles'),
    authed(async (ctx) => {
      const u = readableUser(ctx, ctx.params.user);
      if (!u) return notFound();
      if (u.id === ctx.actor.user.id) return badRequest('You cannot change your own roles.');
      const body = await readBody(ctx.request, bodies.roles);
      if (body instanceof Response) return body;
      const next = [...new Set((body.roles ?? []).filter((r) => r !== 'member'))];
      const unknown = next.find((r) => !siteRoles[r]);
      if (unknown) return badRequest(`Role "${unknown}" is not a valid site role.`);
      const changed = [
        ...next.filter((r) => !u.roles.includes(r)),
        ...u.roles.filter((r) => !next.includes(r)),
      ];
      if (changed.some((r) => !canAssignRole(ctx.db, ctx.actor, r))) return forbidden();
      u.roles = next;
      u.updated_at = new Date().toISOString();
      ctx.db.changed();
      return json(s.user(ctx.db, u));
    }),
  ),
  http.put(
    api('/users/:user/password'),
    authed(async (ctx) => {
      const u = readableUser(ctx, ctx.params.user);
      if (!u || !ctx.can(userCheck(u.id, 'update_personal'))) return notFound();
      const body = await readBody(ctx.request, bodies.password);
      if (body instanceof Response) return body;
      const password = body.password ?? '';
      const old = body.old_password ?? '';
      if (!password)
        return badRequest('Validation failed.', undefined, [
          { field: 'password', detail: 'Validation failed for tag "required" with value: ""' },
        ]);
      const self = u.id === ctx.actor.user.id;
      if (!self && u.roles.includes('owner') && !ctx.actor.user.roles.includes('owner'))
        return badRequest('Only owners can change the password of an owner.');
      if (u.login_type !== 'password')
        return badRequest('Users without password login type cannot change their password.');
      if (self && !old) return badRequest('Old password is required.');
      const problem = passwordProblem(password);
      if (problem)
        return badRequest('Invalid password.', undefined, [{ field: 'password', detail: problem }]);
      const previous = u.hashed_password;
      if (old && !(await verifyPassword(old, previous)))
        return badRequest('Old password is incorrect.', undefined, [
          { field: 'old_password', detail: 'Old password is incorrect.' },
        ]);
      if (await verifyPassword(password, previous))
        return badRequest('New password cannot match old password.');
      const hashed = await hashPassword(password);
      if (u.hashed_password !== previous) return message(409, 'The password was changed meanwhile.');
      u.hashed_password = hashed;
      u.updated_at = new Date().toISOString();
      // Coder deletes every API key of the target: all their sessions end.
      ctx.db.data.sessions = ctx.db.data.sessions.filter((x) => x.user_id !== u.id);
      ctx.db.changed();
      return noContent();
    }),
  ),
];

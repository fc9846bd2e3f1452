/**
 * A few plausible historical audit entries for the seed (the mock records everything after that itself,
 * src/mock/audit.ts): sign-ins, an account suspended, roles granted, a workspace shared, a group changed.
 * Deterministic: ids come from the entry's content, times are offsets from the seed's clock.
 */
import type { AuditDiffField, AuditLogRow, Tables } from './db';
import { nameId } from './audit';
import { ACL_ACTIONS } from './rbac';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

const change = (old: unknown, next: unknown): AuditDiffField => ({ old, new: next, secret: false });

export function seedAuditLogs(t: Omit<Tables, 'auditLogs'>, now: number): AuditLogRow[] {
  const user = (name: string) => t.users.find((u) => u.username === name);
  const admin = user('admin');
  const useradmin = user('useradmin');
  const suspended = user('suspended');
  const alice = user('alice');
  const bob = user('bob');
  const carol = user('carol');
  const staging = t.workspaces.find((w) => w.name === 'staging-env');
  const coder = t.organizations.find((o) => o.is_default);
  const frontend = t.groups.find((g) => g.name === 'frontend');
  if (!admin || !useradmin || !suspended || !alice || !bob || !carol || !staging || !coder || !frontend)
    return [];

  const rows: Omit<AuditLogRow, 'id' | 'request_id' | 'ip' | 'user_agent' | 'resource_icon'>[] = [
    {
      time: new Date(now - 30 * DAY).toISOString(),
      user_id: admin.id,
      organization_id: null,
      resource_type: 'user',
      resource_id: useradmin.id,
      resource_target: useradmin.username,
      action: 'write',
      diff: { rbac_roles: change([], ['user-admin']) },
      status_code: 200,
      additional_fields: {},
    },
    {
      time: new Date(now - 12 * DAY).toISOString(),
      user_id: useradmin.id,
      organization_id: null,
      resource_type: 'user',
      resource_id: suspended.id,
      resource_target: suspended.username,
      action: 'write',
      diff: { status: change('active', 'suspended') },
      status_code: 200,
      additional_fields: {},
    },
    {
      time: new Date(now - 9 * DAY).toISOString(),
      user_id: admin.id,
      organization_id: staging.organization_id,
      resource_type: 'workspace',
      resource_id: staging.id,
      resource_target: staging.name,
      action: 'write',
      diff: {
        user_acl: change({}, { [bob.id]: { permissions: [...ACL_ACTIONS.admin] } }),
      },
      status_code: 200,
      additional_fields: {},
    },
    {
      time: new Date(now - 6 * DAY).toISOString(),
      user_id: admin.id,
      organization_id: coder.id,
      resource_type: 'group',
      resource_id: frontend.id,
      resource_target: frontend.name,
      action: 'write',
      diff: {
        quota_allowance: change(0, frontend.quota_allowance || 10),
      },
      status_code: 200,
      additional_fields: {},
    },
    {
      time: new Date(now - 3 * DAY).toISOString(),
      user_id: carol.id,
      organization_id: null,
      resource_type: 'user',
      resource_id: alice.id,
      resource_target: alice.username,
      action: 'write',
      diff: {},
      status_code: 403,
      additional_fields: {},
    },
    ...[admin, alice, bob].map((u, i) => ({
      time: new Date(now - (2 * DAY + i * HOUR)).toISOString(),
      user_id: u.id,
      organization_id: null,
      resource_type: 'api_key',
      resource_id: u.id,
      resource_target: '',
      action: 'login',
      diff: {},
      status_code: 201,
      additional_fields: {},
    })),
  ];
  return rows
    .sort((a, b) => a.time.localeCompare(b.time))
    .map((r, i) => ({
      ...r,
      id: nameId(`audit/${i}/${r.resource_id}/${r.action}`),
      request_id: nameId(`request/${i}/${r.resource_id}`),
      ip: `10.0.4.${20 + i}`,
      user_agent: UA,
      resource_icon: '',
    }));
}

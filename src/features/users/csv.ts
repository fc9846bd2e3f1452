/** CSV per RFC 4180, safe to open in a spreadsheet (formula-leading cells are neutralised). */
import type { User } from '../../api/users';
import { toCsv } from '../../lib/csv';

export { downloadText, escapeCell, toCsv } from '../../lib/csv';

export const USER_CSV_HEADER = [
  'username',
  'name',
  'email',
  'status',
  'roles',
  'login_type',
  'service_account',
  'last_seen_at',
  'created_at',
  'organization_count',
  'id',
] as const;

export function usersToCsv(users: readonly User[]): string {
  return toCsv([
    USER_CSV_HEADER,
    ...users.map((u) => [
      u.username,
      u.name ?? '',
      u.email,
      u.status,
      ['member', ...u.roles.map((r) => r.name)].join(' '),
      u.login_type ?? '',
      u.is_service_account ? 'true' : 'false',
      u.last_seen_at ?? '',
      u.created_at,
      String(u.organization_ids.length),
      u.id,
    ]),
  ]);
}

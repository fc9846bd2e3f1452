/** CSV per RFC 4180, safe to open in a spreadsheet (formula-leading cells are neutralised). */
import type { User } from '../../api/users';

/** Cells starting with = + - @ (or tab / CR) would run as formulas: prefix them with a quote. */
export function escapeCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(escapeCell).join(',')).join('\r\n') + '\r\n';
}

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

/** Saves text as a file through a Blob and an object URL. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

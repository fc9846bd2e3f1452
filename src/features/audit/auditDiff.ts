/**
 * An audit entry's diff as rows to show: one per changed field, and for a workspace's ACL one per user or
 * group whose access changed (Coder stores the ACL as `{ "<id>": { "permissions": [...] } }`), and for a
 * group's members who joined or left. Secrets never show a value.
 */
import type { AuditDiffField } from '../../api/audit';

export type Principal = { kind: 'user' | 'group'; id: string };
export type DiffRow = {
  field: string;
  /** Whose access or membership changed (ACL and group member rows). */
  who?: Principal;
  old?: string;
  new?: string;
  secret: boolean;
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A workspace ACL entry: a role name, or Coder's permission list read as the role it amounts to. */
function aclRole(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  const perms = isRecord(v) && Array.isArray(v.permissions) ? v.permissions.map(String) : [];
  if (perms.includes('*') || perms.includes('share') || perms.includes('update')) return 'admin';
  return perms.length ? 'use' : undefined;
}

export function formatValue(v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(', ');
  return JSON.stringify(v);
}

const memberIds = (v: unknown) =>
  Array.isArray(v) ? v.map((m) => (isRecord(m) ? String(m.user_id ?? '') : String(m))).filter(Boolean) : [];

export function diffRows(diff: Record<string, AuditDiffField>): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const [field, d] of Object.entries(diff).sort(([a], [b]) => a.localeCompare(b))) {
    if (d.secret) {
      rows.push({ field, secret: true });
      continue;
    }
    if ((field === 'user_acl' || field === 'group_acl') && (isRecord(d.old) || isRecord(d.new))) {
      const before = isRecord(d.old) ? d.old : {};
      const after = isRecord(d.new) ? d.new : {};
      for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
        const o = aclRole(before[id]);
        const n = aclRole(after[id]);
        if (o === n) continue;
        rows.push({
          field,
          who: { kind: field === 'user_acl' ? 'user' : 'group', id },
          old: o,
          new: n,
          secret: false,
        });
      }
      continue;
    }
    if (field === 'members' && (Array.isArray(d.old) || Array.isArray(d.new))) {
      const before = new Set(memberIds(d.old));
      const after = new Set(memberIds(d.new));
      for (const id of after)
        if (!before.has(id)) rows.push({ field, who: { kind: 'user', id }, new: 'member', secret: false });
      for (const id of before)
        if (!after.has(id)) rows.push({ field, who: { kind: 'user', id }, old: 'member', secret: false });
      continue;
    }
    rows.push({ field, old: formatValue(d.old), new: formatValue(d.new), secret: false });
  }
  return rows;
}

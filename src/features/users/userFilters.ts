/** The Users page's filter vocabulary: Coder's users search keys, presets and dropdowns. */
import type { AssignableRole } from '../../api/common';
import type { FilterDropdown, FilterPreset } from '../../components/FilterBar';
import type { FilterKey } from '../../components/FilterBuilder';

const DAY = 24 * 3600 * 1000;

/** Midnight UTC 90 days ago: stable through the day, so the preset stays "selected" after reloads. */
export function dormancyCutoff(now = Date.now()): string {
  const d = new Date(now - 90 * DAY);
  d.setUTCHours(0, 0, 0, 0);
  return d.toISOString().replace('.000Z', 'Z');
}

export function userPresets(now = Date.now()): FilterPreset[] {
  return [
    { label: 'All users', filter: '' },
    { label: 'Active', filter: 'status:active' },
    { label: 'Dormant', filter: 'status:dormant' },
    { label: 'Suspended', filter: 'status:suspended' },
    { label: 'Owners', filter: 'role:owner' },
    { label: 'User admins', filter: 'role:user-admin' },
    { label: 'Service accounts', filter: 'service_account:true' },
    { label: 'Not seen for 90 days', filter: `last_seen_before:"${dormancyCutoff(now)}"` },
  ];
}

const roleNames = (roles: AssignableRole[] | undefined) => ['member', ...(roles ?? []).map((r) => r.name)];
const stamp = '"2024-01-31T00:00:00Z"';

export function userFilterKeys(roles: AssignableRole[] | undefined): FilterKey[] {
  return [
    {
      key: 'status',
      description: 'Account status (comma-separate for any of several)',
      values: ['active', 'dormant', 'suspended'],
    },
    { key: 'role', description: 'Has this site role', values: roleNames(roles) },
    {
      key: 'login_type',
      description: 'How the user signs in',
      values: ['password', 'github', 'oidc', 'token', 'none'],
    },
    {
      key: 'service_account',
      description: 'Service accounts only (true) or people only (false)',
      values: ['true', 'false'],
    },
    { key: 'name', description: 'Display name contains', example: 'ada' },
    { key: 'last_seen_before', description: 'Last seen on or before (RFC 3339)', example: stamp },
    { key: 'last_seen_after', description: 'Last seen on or after (RFC 3339)', example: stamp },
    { key: 'created_before', description: 'Created on or before (RFC 3339)', example: stamp },
    { key: 'created_after', description: 'Created on or after (RFC 3339)', example: stamp },
    { key: 'github_com_user_id', description: 'GitHub user id (number)', example: '123456' },
  ];
}

export function userDropdowns(roles: AssignableRole[] | undefined): FilterDropdown[] {
  return [
    {
      key: 'status',
      label: 'Status',
      options: [
        { value: 'active', label: 'Active' },
        { value: 'dormant', label: 'Dormant' },
        { value: 'suspended', label: 'Suspended' },
      ],
    },
    {
      key: 'role',
      label: 'Role',
      options: (roles ?? []).map((r) => ({ value: r.name, label: r.display_name || r.name })),
    },
  ];
}

/** The Workspaces page's filter vocabulary: Coder's workspace search keys (DIGEST §6.4), presets, dropdowns. */
import type { FilterDropdown, FilterPreset } from '../../components/FilterBar';
import type { FilterKey } from '../../components/FilterBuilder';
import { workspaceStatuses } from '../../api/workspaces';
import { statusLabel } from './workspaceStatus';

export const DEFAULT_WORKSPACE_FILTER = 'owner:me';

export function workspacePresets(canViewAll: boolean): FilterPreset[] {
  return [
    { label: 'My workspaces', filter: 'owner:me' },
    ...(canViewAll ? [{ label: 'All workspaces', filter: '' }] : []),
    { label: 'Running', filter: 'status:running' },
    { label: 'Failed', filter: 'status:failed' },
    { label: 'Outdated', filter: 'outdated:true' },
    { label: 'Shared with me', filter: 'shared_with:me' },
    { label: 'Shared by me', filter: 'owner:me shared:true' },
  ];
}

const bool = ['true', 'false'];
const stamp = '"2025-01-31T00:00:00Z"';

export const workspaceFilterKeys: FilterKey[] = [
  { key: 'owner', description: 'Owner username, or me', example: 'me' },
  { key: 'name', description: 'Workspace name contains', example: 'dev' },
  { key: 'template', description: 'Template name (exact)', example: 'docker' },
  { key: 'status', description: 'Latest build status', values: workspaceStatuses },
  { key: 'organization', description: 'Organization name or id', example: 'coder' },
  { key: 'shared', description: 'Shared with anyone (true) or with nobody (false)', values: bool },
  {
    key: 'shared_with',
    description: 'Shared with this user directly or through any of their groups (username or me)',
    example: 'me',
  },
  {
    key: 'shared_with_user',
    description: 'Shared directly with this user (username, id or me)',
    example: 'me',
  },
  {
    key: 'shared_with_group',
    description: 'Shared with this group (name, org/name or id)',
    example: 'coder/sre-oncall',
  },
  { key: 'outdated', description: 'Not on the template’s active version', values: bool },
  { key: 'dormant', description: 'Dormant workspaces only', values: bool },
  { key: 'healthy', description: 'Agents healthy', values: bool },
  {
    key: 'has-agent',
    description: 'Agent state',
    values: ['connecting', 'connected', 'disconnected', 'timeout'],
  },
  { key: 'last_used_before', description: 'Last used on or before (RFC 3339)', example: stamp },
  { key: 'last_used_after', description: 'Last used on or after (RFC 3339)', example: stamp },
  { key: 'id', description: 'Workspace ids (comma-separated)' },
  { key: 'param', description: 'Has parameter, or name=value', example: 'region=eu' },
];

export const workspaceDropdowns: FilterDropdown[] = [
  {
    key: 'status',
    label: 'Status',
    options: workspaceStatuses
      .filter((s) => s !== 'deleted')
      .map((s) => ({ value: s, label: statusLabel(s) })),
  },
];

/** The Workspaces page's filter vocabulary: Coder's workspace search keys (DIGEST §6.4), presets, dropdowns. */
import type { FilterDropdown, FilterPreset } from '../../components/FilterBar';
import type { FilterKey } from '../../components/FilterBuilder';
import type { Template } from '../../api/templates';
import { templateWorkspacesFilter, workspaceStatuses } from '../../api/workspaces';
import { statusLabel } from './workspaceStatus';

export const DEFAULT_WORKSPACE_FILTER = 'owner:me';

/**
 * "Deprecated template" presets, one per deprecated template. Coder's workspace search has no key for a
 * template's deprecation (its `Workspaces` search: owner, name, template, status, outdated, dormant,
 * has-agent, healthy, organization, shared…, last_used…, id, param, has-ai-task, has_external_agent), and
 * `template:` takes one name only (a second one is "provided more than once", a 400), so no single query can
 * find the workspaces of every deprecated template. Each preset is then an exact query Coder answers with
 * its own count and paging: `organization:<org> template:<name>` (names are unique within an organization
 * only). The template list (`deprecated:true`) says which templates these are.
 */
export function deprecatedTemplatePresets(templates: readonly Template[]): FilterPreset[] {
  const orgs = new Set(templates.map((t) => t.organization_id));
  return templates.map((t) => {
    const name = t.display_name || t.name;
    const where = orgs.size > 1 ? ` (${t.organization_display_name || t.organization_name})` : '';
    return {
      label: `Deprecated template: ${name}${where}`,
      filter: templateWorkspacesFilter(t.organization_name || t.organization_id, t.name),
    };
  });
}

export function workspacePresets(canViewAll: boolean, deprecated: readonly Template[] = []): FilterPreset[] {
  return [
    { label: 'My workspaces', filter: 'owner:me' },
    ...(canViewAll ? [{ label: 'All workspaces', filter: '' }] : []),
    { label: 'Running', filter: 'status:running' },
    { label: 'Failed', filter: 'status:failed' },
    { label: 'Outdated', filter: 'outdated:true' },
    { label: 'Shared with me', filter: 'shared_with:me' },
    { label: 'Shared by me', filter: 'owner:me shared:true' },
    ...deprecatedTemplatePresets(deprecated),
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

/** The Audit page's filter vocabulary: Coder's audit search keys (exact matches), presets and dropdowns. */
import type { FilterDropdown, FilterPreset } from '../../components/FilterBar';
import type { FilterKey } from '../../components/FilterBuilder';

const DAY = 24 * 3600 * 1000;

/** Coder's `date_from`/`date_to` take UTC days. */
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const AUDIT_RESOURCE_TYPES = [
  'user',
  'workspace',
  'workspace_build',
  'group',
  'organization',
  'organization_member',
  'custom_role',
  'api_key',
  'template',
  'template_version',
  'license',
] as const;
export const AUDIT_ACTIONS = ['create', 'write', 'delete', 'start', 'stop', 'login', 'logout'] as const;

/** Coder's search has no field-level terms: a preset names the resource and action; the diff tells the rest. */
export function auditPresets(now = Date.now()): FilterPreset[] {
  return [
    { label: 'Everything', filter: '' },
    { label: 'User changes (suspensions, roles)', filter: 'resource_type:user action:write' },
    { label: 'Workspace changes (sharing)', filter: 'resource_type:workspace action:write' },
    { label: 'Organization role changes', filter: 'resource_type:organization_member action:write' },
    { label: 'Deletions', filter: 'action:delete' },
    { label: 'Sign-ins', filter: 'action:login' },
    { label: 'Since yesterday', filter: `date_from:${utcDay(now - DAY)}` },
  ];
}

const day = '2025-01-31';

export function auditFilterKeys(): FilterKey[] {
  return [
    { key: 'resource_type', description: 'What was changed', values: [...AUDIT_RESOURCE_TYPES] },
    { key: 'action', description: 'What was done', values: [...AUDIT_ACTIONS] },
    {
      key: 'resource_target',
      description: 'Name of what was changed (exact), e.g. a username',
      example: 'alice',
    },
    { key: 'username', description: 'Who did it (exact username; "me" for you)', example: 'admin' },
    { key: 'email', description: 'Who did it, by email (exact)', example: 'admin@example.com' },
    {
      key: 'resource_id',
      description: 'Id of what was changed (uuid)',
      example: '00000000-0000-0000-0000-000000000000',
    },
    { key: 'organization', description: 'Organization name or id', example: 'coder' },
    { key: 'date_from', description: 'On or after this day (UTC, YYYY-MM-DD)', example: day },
    { key: 'date_to', description: 'On or before this day (UTC, YYYY-MM-DD)', example: day },
    {
      key: 'build_reason',
      description: 'Why a workspace build ran',
      values: ['initiator', 'autostart', 'autostop', 'dormancy', 'dashboard', 'cli'],
    },
  ];
}

const label = (v: string) => (v.charAt(0).toUpperCase() + v.slice(1)).replaceAll('_', ' ');

export function auditDropdowns(): FilterDropdown[] {
  return [
    {
      key: 'resource_type',
      label: 'Resource',
      options: AUDIT_RESOURCE_TYPES.map((value) => ({ value, label: label(value) })),
    },
    {
      key: 'action',
      label: 'Action',
      options: AUDIT_ACTIONS.map((value) => ({ value, label: label(value) })),
    },
  ];
}

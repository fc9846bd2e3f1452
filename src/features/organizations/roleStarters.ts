import type { Permission } from '../../api/common';

/**
 * Starting points for a new custom role: the examples Coder's documentation gives for custom roles (seed 003,
 * "Custom Roles"), written as organization permissions on Coder's RBAC resource types. Picking one fills
 * the form; every box stays editable before saving.
 */
export type RoleStarter = {
  name: string;
  display_name: string;
  /** What the example is for, in the documentation's words. */
  summary: string;
  organization_permissions: Permission[];
};

const allow = (resource_type: string, ...actions: string[]): Permission[] =>
  actions.map((action) => ({ negate: false, resource_type, action }));

export const roleStarters: RoleStarter[] = [
  {
    name: 'provisioner-admin',
    display_name: 'Provisioner Admin',
    summary:
      'Deploys provisioners but does not manage templates: for organizations whose templates are created and updated by automation.',
    organization_permissions: [
      ...allow('provisioner_daemon', 'read', 'create', 'update', 'delete'),
      ...allow('provisioner_jobs', 'read'),
      ...allow('template', 'read'),
    ],
  },
  {
    name: 'template-editor',
    display_name: 'Template Editor',
    summary:
      'Manages templates but does not deploy provisioners: for organizations whose provisioners are deployed by automation.',
    organization_permissions: [
      ...allow('template', 'read', 'create', 'update', 'delete', 'use', 'view_insights'),
      ...allow('file', 'read', 'create'),
      ...allow('provisioner_jobs', 'read'),
    ],
  },
  {
    name: 'template-pusher',
    display_name: 'Template Pusher',
    summary:
      'A system account that pushes new templates from a git repository, but cannot manage users or delete templates.',
    organization_permissions: [
      ...allow('template', 'read', 'create', 'update'),
      ...allow('file', 'read', 'create'),
      ...allow('provisioner_jobs', 'read'),
    ],
  },
];

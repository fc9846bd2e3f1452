/**
 * The RBAC resource types and actions a custom organization role may hold (names exactly as the server
 * uses them), grouped and explained for the permission matrix. The mock drops pairs not listed here,
 * as Coder silently drops invalid resource/action pairs.
 */
export type RbacResource = {
  type: string;
  label: string;
  description: string;
  actions: readonly string[];
};
export type RbacResourceGroup = { label: string; resources: RbacResource[] };

const WORKSPACE_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'start',
  'stop',
  'ssh',
  'application_connect',
  'share',
  'create_agent',
  'update_agent',
  'delete_agent',
] as const;

export const rbacResourceGroups: RbacResourceGroup[] = [
  {
    label: 'People',
    resources: [
      {
        type: 'organization_member',
        label: 'Members',
        description: 'People in this organization: see, add, change and remove them.',
        actions: ['read', 'create', 'update', 'delete'],
      },
      {
        type: 'group',
        label: 'Groups',
        description: 'Groups in this organization, their settings and membership.',
        actions: ['read', 'create', 'update', 'delete'],
      },
      {
        type: 'group_member',
        label: 'Group members',
        description: 'See who belongs to each group.',
        actions: ['read'],
      },
      {
        type: 'assign_org_role',
        label: 'Organization roles',
        description: 'See roles, grant or take them from members, and manage custom roles.',
        actions: ['read', 'assign', 'unassign', 'create', 'update', 'delete'],
      },
    ],
  },
  {
    label: 'Workspaces',
    resources: [
      {
        type: 'workspace',
        label: 'Workspaces',
        description: 'Anyone’s workspaces in this organization (not just the holder’s own).',
        actions: WORKSPACE_ACTIONS,
      },
      {
        type: 'workspace_dormant',
        label: 'Dormant workspaces',
        description: 'Workspaces put to sleep for inactivity.',
        actions: WORKSPACE_ACTIONS,
      },
    ],
  },
  {
    label: 'Templates and provisioning',
    resources: [
      {
        type: 'template',
        label: 'Templates',
        description: 'Templates workspaces are built from; “use” means creating workspaces from them.',
        actions: ['read', 'create', 'update', 'delete', 'use', 'view_insights'],
      },
      {
        type: 'file',
        label: 'Files',
        description: 'Uploaded template source archives.',
        actions: ['read', 'create'],
      },
      {
        type: 'provisioner_daemon',
        label: 'Provisioners',
        description: 'The daemons that run workspace builds.',
        actions: ['read', 'create', 'update', 'delete'],
      },
      {
        type: 'provisioner_jobs',
        label: 'Provisioner jobs',
        description: 'The queue of build jobs.',
        actions: ['read', 'create', 'update'],
      },
    ],
  },
  {
    label: 'Organization',
    resources: [
      {
        type: 'organization',
        label: 'Organization settings',
        description: 'This organization’s name, description and icon.',
        actions: ['read', 'update', 'delete'],
      },
      {
        type: 'audit_log',
        label: 'Audit log',
        description: 'The record of who changed what in this organization.',
        actions: ['read'],
      },
      {
        type: 'idpsync_settings',
        label: 'IdP sync settings',
        description: 'How identity-provider groups and roles map onto this organization.',
        actions: ['read', 'update'],
      },
    ],
  },
];

export const rbacResources: RbacResource[] = rbacResourceGroups.flatMap((g) => g.resources);

/** Plain-words meaning of each action, for tooltips and the built-in role viewer. */
export const rbacActionDescriptions: Record<string, string> = {
  '*': 'every action',
  read: 'see',
  create: 'create',
  update: 'change',
  delete: 'delete',
  assign: 'grant to members',
  unassign: 'take away from members',
  use: 'create workspaces from',
  view_insights: 'view usage insights',
  start: 'start',
  stop: 'stop',
  ssh: 'connect over SSH',
  application_connect: 'open apps',
  share: 'share with others',
  create_agent: 'create agents',
  update_agent: 'update agents',
  delete_agent: 'delete agents',
};

/** Whether Coder accepts this resource/action pair in a custom organization role. */
export function isValidOrgPermission(resourceType: string, action: string): boolean {
  const r = rbacResources.find((x) => x.type === resourceType);
  return Boolean(r && (action === '*' || r.actions.includes(action)));
}

/** One-line, plain-words descriptions of Coder's built-in roles, shown wherever roles are picked. */
export const roleDescriptions: Record<string, string> = {
  owner: 'Full control of the deployment: every user, organization, template and workspace.',
  'user-admin': 'Creates, suspends and deletes users; manages groups and organization members.',
  'template-admin': 'Manages all templates and provisioners; can see every workspace.',
  auditor: 'Reads audit logs, users, groups, organizations and templates.',
  member: 'Every user: uses their own workspaces and what is shared with them.',
  'organization-admin': 'Everything inside this organization.',
  'organization-user-admin': 'Manages this organization’s members, groups and their roles.',
  'organization-template-admin': 'Manages this organization’s templates and provisioners.',
  'organization-auditor': 'Reads this organization’s audit logs, templates, groups and members.',
  'organization-workspace-creation-ban': 'Cannot create or delete workspaces in this organization.',
  'organization-workspace-access': 'Full use of one’s own workspaces (granted to every member by default).',
};

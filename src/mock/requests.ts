/**
 * The request bodies the mock accepts, as Coder's Go structs decode them (field types only: each handler
 * applies Coder's validation rules afterwards). Read with `readBody(request, bodies.x)`.
 */
import * as z from 'zod/mini';
import { int, opt, strings } from './body';

const str = opt(z.string());
const bool = opt(z.boolean());
const perms = opt(z.array(z.object({ negate: bool, resource_type: z.string(), action: z.string() })));

export const bodies = {
  login: { type: 'codersdk.LoginWithPasswordRequest', schema: z.object({ email: str, password: str }) },
  validatePassword: {
    type: 'codersdk.ValidateUserPasswordRequest',
    schema: z.object({ password: str }),
  },
  authcheck: {
    type: 'codersdk.AuthorizationRequest',
    schema: z.object({
      checks: opt(
        z.record(
          z.string(),
          z.nullable(
            z.object({
              object: opt(
                z.object({
                  resource_type: str,
                  resource_id: str,
                  owner_id: str,
                  organization_id: str,
                  any_org: bool,
                }),
              ),
              action: str,
            }),
          ),
        ),
      ),
    }),
  },
  createUser: {
    type: 'codersdk.CreateUserRequestWithOrgs',
    schema: z.object({
      username: str,
      name: str,
      email: str,
      password: str,
      login_type: str,
      user_status: str,
      organization_ids: opt(strings),
      organization_id: str,
      service_account: bool,
      roles: opt(strings),
    }),
  },
  profile: { type: 'codersdk.UpdateUserProfileRequest', schema: z.object({ username: str, name: str }) },
  roles: { type: 'codersdk.UpdateRoles', schema: z.object({ roles: opt(strings) }) },
  password: {
    type: 'codersdk.UpdateUserPasswordRequest',
    schema: z.object({ password: str, old_password: str }),
  },
  createOrg: {
    type: 'codersdk.CreateOrganizationRequest',
    schema: z.object({ name: str, display_name: str, description: str, icon: str }),
  },
  updateOrg: {
    type: 'codersdk.UpdateOrganizationRequest',
    schema: z.object({
      name: str,
      display_name: str,
      description: str,
      icon: str,
      default_org_member_roles: opt(strings),
    }),
  },
  customRole: {
    type: 'codersdk.CustomRoleRequest',
    schema: z.object({
      name: str,
      display_name: str,
      site_permissions: perms,
      organization_permissions: perms,
      user_permissions: perms,
      organization_member_permissions: perms,
    }),
  },
  createGroup: {
    type: 'codersdk.CreateGroupRequest',
    schema: z.object({ name: str, display_name: str, avatar_url: str, quota_allowance: opt(int) }),
  },
  patchGroup: {
    type: 'codersdk.PatchGroupRequest',
    schema: z.object({
      name: str,
      display_name: str,
      avatar_url: str,
      quota_allowance: opt(int),
      add_users: opt(strings),
      remove_users: opt(strings),
    }),
  },
  acl: {
    type: 'codersdk.UpdateWorkspaceACL',
    schema: z.object({
      user_roles: opt(z.record(z.string(), z.string())),
      group_roles: opt(z.record(z.string(), z.string())),
    }),
  },
  sharingSettings: {
    type: 'codersdk.UpdateWorkspaceSharingSettingsRequest',
    schema: z.object({ shareable_workspace_owners: str, sharing_disabled: bool }),
  },
  updateWorkspace: { type: 'codersdk.UpdateWorkspaceRequest', schema: z.object({ name: str }) },
  createWorkspace: {
    type: 'codersdk.CreateWorkspaceRequest',
    schema: z.object({ name: str, template_id: str, template_version_id: str, ttl_ms: opt(int) }),
  },
  /** The fields of Coder's `UpdateTemplateMeta` the mock keeps (the schedule ones it serves as constants). */
  updateTemplateMeta: {
    type: 'codersdk.UpdateTemplateMeta',
    schema: z.object({
      name: str,
      display_name: str,
      description: str,
      icon: str,
      deprecation_message: str,
      default_ttl_ms: opt(int),
      allow_user_cancel_workspace_jobs: bool,
      require_active_version: bool,
    }),
  },
  build: {
    type: 'codersdk.CreateWorkspaceBuildRequest',
    schema: z.object({ transition: str, template_version_id: str, reason: str }),
  },
} as const;

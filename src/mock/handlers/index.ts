/**
 * All mock handlers, in match order: the CSRF check first (it refuses or falls through), specific routes before parameterised ones (`/users/:user` last among
 * user routes), and `controlHandlers` last — it ends with the catch-all 404 for unknown `/api` routes.
 */
import { csrfHandlers } from '../csrf';
import { apiKeyHandlers } from './apiKeys';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { authcheckHandlers } from './authcheck';
import { controlHandlers } from './control';
import { deploymentHandlers } from './deployment';
import { dispatcher } from './dispatch';
import { groupHandlers } from './groups';
import { idpSyncHandlers } from './idpSync';
import { organizationAdminHandlers } from './organizationAdmin';
import { organizationReadHandlers } from './organizations';
import { templateHandlers } from './templates';
import { userAdminHandlers } from './userAdmin';
import { userDetailHandlers, userReadHandlers } from './users';
import { workspaceAclHandlers } from './workspaceAcl';
import { workspaceBuildDetailHandlers } from './workspaceBuildDetails';
import { workspaceHandlers } from './workspaces';

export const handlers = [
  ...csrfHandlers,
  ...authHandlers,
  ...authcheckHandlers,
  ...auditHandlers,
  ...deploymentHandlers,
  ...apiKeyHandlers,
  ...userReadHandlers,
  ...userAdminHandlers,
  ...organizationAdminHandlers,
  ...organizationReadHandlers,
  ...groupHandlers,
  ...idpSyncHandlers,
  ...templateHandlers,
  ...workspaceAclHandlers,
  ...workspaceBuildDetailHandlers,
  ...workspaceHandlers,
  ...userDetailHandlers,
  ...controlHandlers,
];

/** The handlers above, routed without trying each in turn (see dispatch.ts): what the dev server calls. */
export const respond = dispatcher(handlers);

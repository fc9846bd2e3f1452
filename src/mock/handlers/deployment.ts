import { http } from 'msw';
import { authed } from '../context';
import { forbidden, json } from '../responses';
import { api } from './api';

export const PREMIUM_FEATURES = [
  'multiple_organizations',
  'template_rbac',
  'custom_roles',
  'service_accounts',
  'user_role_management',
  'audit_log',
  'scim',
  'access_control',
] as const;

/** The mock's enabled experiments (`GET /experiments`): none, like a default deployment. */
export const ENABLED_EXPERIMENTS: readonly string[] = [];

export const deploymentHandlers = [
  http.get(
    api('/entitlements'),
    authed(({ db }) => {
      const premium = db.data.deployment.premium;
      const features: Record<string, { entitlement: string; enabled: boolean }> = {};
      for (const f of PREMIUM_FEATURES) {
        features[f] = premium
          ? { entitlement: 'entitled', enabled: true }
          : { entitlement: 'not_entitled', enabled: false };
      }
      return json({
        features,
        warnings: [],
        errors: [],
        has_license: premium,
        trial: false,
        require_telemetry: false,
        refreshed_at: new Date().toISOString(),
      });
    }),
  ),
  http.get(
    api('/experiments'),
    authed(() => json(ENABLED_EXPERIMENTS)),
  ),
  http.get(
    api('/deployment/config'),
    authed(({ db, can }) => {
      if (!can({ object: { resource_type: 'deployment_config' }, action: 'read' })) return forbidden();
      return json({
        config: { disable_workspace_sharing: db.data.deployment.disable_workspace_sharing },
        options: [],
      });
    }),
  ),
];

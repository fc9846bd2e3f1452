import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import type { AssignableRole, Permission } from '../../api/common';
import { rbacActionDescriptions, rbacResources } from '../../api/rbacResources';
import { roleDescription } from './roleDescription';

function describe(p: Permission): string {
  const resource =
    p.resource_type === '*'
      ? 'everything'
      : (rbacResources.find((r) => r.type === p.resource_type)?.label ?? p.resource_type);
  const action = rbacActionDescriptions[p.action] ?? p.action;
  return `${p.negate ? 'Cannot' : 'Can'} ${action} — ${resource.toLowerCase()}`;
}

const levels = [
  { key: 'organization_permissions', label: 'In this organization' },
  { key: 'organization_member_permissions', label: 'On the holder’s own resources in this organization' },
  { key: 'site_permissions', label: 'Site-wide' },
  { key: 'user_permissions', label: 'On the holder’s own resources' },
] as const;

/** Read-only view of a role's permissions, in plain words with the server's names alongside. */
export function RolePermissionsDialog({ role, onClose }: { role: AssignableRole; onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="role-permissions-title">
      <DialogTitle id="role-permissions-title">{role.display_name || role.name}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography color="text.secondary">{roleDescription(role)}</Typography>
          {levels.map(({ key, label }) => {
            const perms = role[key] ?? [];
            if (!perms.length) return null;
            return (
              <Stack key={key} spacing={0.5}>
                <Typography variant="h3" component="h3">
                  {label}
                </Typography>
                <Stack component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {perms.map((p) => (
                    <li key={`${p.resource_type}:${p.action}:${p.negate}`}>
                      <Typography variant="body2">
                        {describe(p)}{' '}
                        <Typography
                          component="span"
                          variant="caption"
                          color="text.secondary"
                          sx={{ fontFamily: 'monospace' }}
                        >
                          ({p.resource_type}:{p.action})
                        </Typography>
                      </Typography>
                    </li>
                  ))}
                </Stack>
              </Stack>
            );
          })}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Suspense, useState } from 'react';
import type { OrgPermissions } from '../../../api/authcheck';
import type { Organization } from '../../../api/organizations';
import { lazyNamed } from '../../../lib/lazyNamed';

const TerraformExportDialog = lazyNamed(() => import('./TerraformExportDialog'), 'TerraformExportDialog');

/** What the export reads, and the check that allows each read. */
const reads = [
  { check: 'viewGroups', what: 'groups and their members' },
  { check: 'viewOrgRoles', what: 'roles' },
  { check: 'viewIdpSyncSettings', what: 'IdP sync settings' },
] as const satisfies readonly { check: keyof OrgPermissions; what: string }[];

/** The reads the caller may not make: the export is offered only when there are none. */
const terraformExportMissing = (perms: OrgPermissions) =>
  reads.filter((r) => !perms[r.check]).map((r) => r.what);

const listed = (xs: string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] ?? ''}`;

/**
 * "Export as Terraform" on the organization's Settings tab. Offered only to those who may read everything
 * the file holds; anyone else (members may read groups and roles, not IdP sync) is told what is missing
 * rather than given a file that silently leaves it out.
 */
export function TerraformExportCard({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const [open, setOpen] = useState(false);
  const missing = terraformExportMissing(perms);
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Typography variant="h2">Export as Terraform</Typography>
          <Typography color="text.secondary">
            This organization’s settings, groups with their members and quotas, and IdP group and role sync,
            as configuration for Coder’s coderd Terraform provider, to manage it as code from now on. Custom
            roles have no resource in the provider; the file lists them as comments.
          </Typography>
          {missing.length > 0 ? (
            <Alert severity="info">
              Exporting needs permission to read this organization’s {listed(missing)}, which you do not have.
              Ask an organization admin or owner to export it.
            </Alert>
          ) : (
            <Button variant="outlined" onClick={() => setOpen(true)}>
              Export as Terraform…
            </Button>
          )}
        </Stack>
      </CardContent>
      {open && (
        <Suspense fallback={null}>
          <TerraformExportDialog org={org} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </Card>
  );
}

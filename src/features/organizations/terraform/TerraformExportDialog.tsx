import DownloadIcon from '@mui/icons-material/Download';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { groupsQueries } from '../../../api/groups';
import { idpSyncQueries } from '../../../api/idpSync';
import type { Organization } from '../../../api/organizations';
import { rolesQueries } from '../../../api/roles';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loader } from '../../../components/Loader';
import { plural } from '../../../lib/plural';
import { customRoles, isEveryoneGroup } from './exportInput';
import { generateTerraform, terraformFileName } from './generateTerraform';
import { coderdProvider } from './providerSchema';

/** Saves `text` as a file through a temporary link (no server round trip). */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the blob once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The organization as Terraform configuration (`generateTerraform`), read fresh from the server: its
 * groups with members, its roles and its IdP group and role sync. Copy and Download hand over the same text.
 */
export function TerraformExportDialog({ org, onClose }: { org: Organization; onClose: () => void }) {
  const groups = useQuery(groupsQueries.list(org.id));
  const roles = useQuery(rolesQueries.org(org.id));
  const groupSync = useQuery(idpSyncQueries.groups(org.id));
  const roleSync = useQuery(idpSyncQueries.roles(org.id));
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const failed = [groups, roles, groupSync, roleSync].find((q) => q.isError);
  const fileName = terraformFileName(org.name);

  const result = useMemo(() => {
    if (!groups.data || !roles.data || !groupSync.data || !roleSync.data) return undefined;
    const exported = groups.data.map((g) => ({ ...g, members: g.members ?? [] }));
    const text = generateTerraform({
      organization: org,
      groups: exported,
      roles: roles.data,
      groupSync: groupSync.data,
      roleSync: roleSync.data,
    });
    const managed = exported.filter((g) => g.source !== 'oidc' && !isEveryoneGroup(g, org));
    const members = new Set(managed.flatMap((g) => g.members.map((m) => m.id)));
    return { text, groups: managed.length, members: members.size, custom: customRoles(roles.data).length };
  }, [org, groups.data, roles.data, groupSync.data, roleSync.data]);

  const copy = () =>
    navigator.clipboard.writeText(result?.text ?? '').then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="terraform-export-title">
      <DialogTitle id="terraform-export-title">
        Export {org.display_name || org.name} as Terraform
      </DialogTitle>
      <DialogContent>
        {failed ? (
          <ErrorAlert
            error={failed.error}
            title="Could not read the organization"
            onRetry={() => void failed.refetch()}
          />
        ) : !result ? (
          <Loader label="Reading the organization" />
        ) : (
          <Stack spacing={1.5}>
            <Typography color="text.secondary">
              For the {coderdProvider.source} provider v{coderdProvider.version}:{' '}
              {plural(result.groups, 'group')} with {plural(result.members, 'member')}, the Everyone group’s
              quota, and IdP group and role sync. The import blocks adopt what exists instead of creating it
              again.
              {result.custom > 0 &&
                ` The provider has no resource for custom roles: the ${plural(result.custom, 'custom role')} ${result.custom === 1 ? 'is' : 'are'} listed as comments.`}
            </Typography>
            <Box
              component="pre"
              tabIndex={0}
              role="region"
              aria-label="Terraform configuration"
              sx={{
                m: 0,
                p: 2,
                maxHeight: '55vh',
                overflow: 'auto',
                borderRadius: 1,
                bgcolor: 'action.hover',
                typography: 'body2',
                fontFamily: 'monospace',
                whiteSpace: 'pre',
              }}
            >
              {result.text}
            </Box>
            <Typography
              role="status"
              variant="body2"
              color={copied === 'failed' ? 'error' : 'text.secondary'}
            >
              {copied === 'yes'
                ? 'Copied to the clipboard.'
                : copied === 'failed'
                  ? 'The browser did not allow copying; use Download instead.'
                  : ' '}
            </Typography>
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>Close</Button>
        <Button startIcon={<ContentCopyIcon />} disabled={!result} onClick={() => void copy()}>
          Copy
        </Button>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          disabled={!result}
          onClick={() => result && download(result.text, fileName)}
        >
          Download {fileName}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { hideOnPhone } from '../../components/columns';
import {
  Alert,
  Button,
  Chip,
  Grid,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { isBuildActive, type Workspace, type WorkspaceBuild } from '../../api/workspaces';
import { paths } from '../../lib/paths';
import { formatDateTime, relativeTime } from '../../lib/time';
import { BuildLog } from './BuildLog';
import { BuildLogDialog } from './BuildLogDialog';
import { WorkspaceResources } from './WorkspaceResources';
import { WorkspaceStatusChip } from './WorkspaceStatusChip';
import { TemplateIcon } from '../../components/TemplateIcon';

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Grid size={{ xs: 12, sm: 6, md: 4 }}>
    <Typography variant="caption" color="text.secondary" component="p">
      {label}
    </Typography>
    <Typography component="div">{children}</Typography>
  </Grid>
);

type Props = { ws: Workspace; builds: WorkspaceBuild[] | undefined; ownerLink: boolean };

/** Details (template, owner, dates, sharing), resources with agent and apps, the latest log, recent builds. */
export function WorkspaceOverview({ ws, builds, ownerLink }: Props) {
  const b = ws.latest_build;
  const [logOf, setLogOf] = useState<WorkspaceBuild>();
  return (
    <Stack spacing={3}>
      {b.status === 'failed' && b.job.error && (
        <Alert severity="error" title="Last build failed">
          The last {b.transition} failed: <code>{b.job.error}</code>
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Grid container spacing={2}>
          <Field label="Template">
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <TemplateIcon src={ws.template_icon} name={ws.template_name} size={20} />
              <span>{ws.template_display_name || ws.template_name}</span>
              {ws.outdated && <Chip size="small" variant="outlined" label="Outdated" />}
            </Stack>
          </Field>
          <Field label="Owner">
            {ownerLink ? (
              <Link component={RouterLink} to={paths.user(ws.owner_name)}>
                {ws.owner_name}
              </Link>
            ) : (
              ws.owner_name
            )}
          </Field>
          <Field label="Organization">{ws.organization_name}</Field>
          <Field label="Created">{formatDateTime(ws.created_at)}</Field>
          <Field label="Last used">{relativeTime(ws.last_used_at)}</Field>
          <Field label="Shared with">
            {ws.shared_with.length === 0 ? (
              'Nobody'
            ) : (
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {ws.shared_with.map((a) => (
                  <Chip
                    key={a.id}
                    size="small"
                    label={`${a.name}${a.actor_type === 'group' ? ' (group)' : ''} · ${a.roles.join(', ')}`}
                  />
                ))}
              </Stack>
            )}
          </Field>
        </Grid>
      </Paper>
      <WorkspaceResources resources={b.resources} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h3" sx={{ pb: 1 }}>
          Build #{b.build_number} log
        </Typography>
        <BuildLog buildId={b.id} active={isBuildActive(b)} label={`Log of build #${b.build_number}`} />
      </Paper>
      <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
        <Typography variant="h3" sx={{ p: 2, pb: 1 }}>
          Recent builds
        </Typography>
        <Table size="small" aria-label="Recent builds">
          <TableHead>
            <TableRow>
              <TableCell>#</TableCell>
              <TableCell sx={hideOnPhone}>Transition</TableCell>
              <TableCell>Status</TableCell>
              <TableCell sx={hideOnPhone}>By</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>When</TableCell>
              <TableCell>Log</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(builds ?? [b]).map((x) => (
              <TableRow key={x.id}>
                <TableCell>{x.build_number}</TableCell>
                <TableCell sx={hideOnPhone}>{x.transition}</TableCell>
                <TableCell>
                  <WorkspaceStatusChip build={x} />
                </TableCell>
                <TableCell sx={hideOnPhone}>{x.initiator_name}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} title={formatDateTime(x.created_at)}>
                  {relativeTime(x.created_at)}
                </TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {x.job.error && <code>{x.job.error}</code>}
                  <Button
                    size="small"
                    aria-label={`Log of build #${x.build_number}`}
                    onClick={() => setLogOf(x)}
                  >
                    View
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      {logOf && <BuildLogDialog build={logOf} onClose={() => setLogOf(undefined)} />}
    </Stack>
  );
}

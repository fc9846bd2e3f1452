import { hideOnPhone } from '../../components/columns';
import {
  Alert,
  Avatar,
  Chip,
  Grid,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import type { Workspace, WorkspaceBuild } from '../../api/workspaces';
import { formatDateTime, relativeTime } from '../../lib/time';
import { WorkspaceStatusChip } from './WorkspaceStatusChip';

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Grid size={{ xs: 12, sm: 6, md: 4 }}>
    <Typography variant="caption" color="text.secondary" component="p">
      {label}
    </Typography>
    <Typography component="div">{children}</Typography>
  </Grid>
);

/** Details (template, owner, dates, who it is shared with) and the recent builds. */
export function WorkspaceOverview({ ws, builds }: { ws: Workspace; builds: WorkspaceBuild[] | undefined }) {
  const b = ws.latest_build;
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
              <Avatar
                src={ws.template_icon || undefined}
                alt=""
                variant="rounded"
                sx={{ width: 20, height: 20 }}
              />
              <span>{ws.template_display_name || ws.template_name}</span>
              {ws.outdated && <Chip size="small" variant="outlined" label="Outdated" />}
            </Stack>
          </Field>
          <Field label="Owner">{ws.owner_name}</Field>
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
      <Paper variant="outlined">
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
                  {x.job.error ? <code>{x.job.error}</code> : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Stack>
  );
}

import { memo } from 'react';
import {
  Checkbox,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { Template } from '../../api/templates';
import type { Workspace } from '../../api/workspaces';
import { dateColumn, ellipsis, fixedLayout, hideOnPhone, stickyActions } from '../../components/columns';
import { UserCell } from '../../components/UserCell';
import { paths } from '../../lib/paths';
import { formatDateTime, relativeTime } from '../../lib/time';
import { describeVia, type ShareVia } from '../../api/sharedWorkspaces';
import { SharingCell } from './SharingCell';
import type { WorkspaceAction } from './workspaceActions';
import { WorkspaceRowMenu } from './WorkspaceRowMenu';
import { WorkspaceStatusChip } from './WorkspaceStatusChip';
import type { WorkspaceSelection } from './useWorkspaceSelection';
import { TemplateIcon } from '../../components/TemplateIcon';

type Props = {
  workspaces: Workspace[];
  /** How each workspace reaches the viewer (the `shared_with:` filter): shown under its name. */
  via?: Record<string, ShareVia>;
  /** Deprecated templates by id: their workspaces get a marker. */
  deprecatedTemplates?: ReadonlyMap<string, Template>;
  selection: WorkspaceSelection;
  onAction: (a: WorkspaceAction) => void;
  onRowIntent?: (w: Workspace) => void;
};

/** Memoized: the page renders it from a deferred copy of its rows (see WorkspacesPageView). */
export const WorkspacesTable = memo(function WorkspacesTable({
  workspaces,
  via,
  deprecatedTemplates,
  selection,
  onAction,
  onRowIntent,
}: Props) {
  const picked = workspaces.filter((w) => selection.isPicked(w)).length;
  return (
    <TableContainer>
      <Table
        size="small"
        aria-label="Workspaces"
        // Fixed on phones too: the name takes what checkbox, status and actions leave and is cut with "…",
        // rather than pushing the status under the pinned actions column.
        sx={{ ...fixedLayout(1080), tableLayout: { xs: 'fixed', md: 'auto', lg: 'fixed' } }}
      >
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" sx={{ width: 52 }}>
              <Checkbox
                slotProps={{ input: { 'aria-label': 'Select all workspaces on this page' } }}
                checked={workspaces.length > 0 && picked === workspaces.length}
                indeterminate={picked > 0 && picked < workspaces.length}
                onChange={(e) => selection.setPage(workspaces, e.target.checked)}
              />
            </TableCell>
            <TableCell>Name</TableCell>
            <TableCell sx={{ ...hideOnPhone, width: 190 }}>Template</TableCell>
            <TableCell sx={{ ...hideOnPhone, width: 120 }}>Organization</TableCell>
            <TableCell sx={{ width: { xs: 96, md: 170 } }}>Status</TableCell>
            <TableCell sx={{ ...dateColumn, width: 124 }}>Last used</TableCell>
            <TableCell sx={{ ...hideOnPhone, width: 180 }}>Sharing</TableCell>
            <TableCell
              align="right"
              aria-label="Actions"
              sx={{ ...stickyActions, width: { xs: 48, md: 56 } }}
            />
          </TableRow>
        </TableHead>
        <TableBody>
          {workspaces.map((w) => {
            const reach = via?.[w.id];
            const deprecated = deprecatedTemplates?.get(w.template_id);
            return (
              <TableRow key={w.id} hover selected={selection.isPicked(w)}>
                <TableCell padding="checkbox">
                  <Checkbox
                    slotProps={{ input: { 'aria-label': `Select ${w.owner_name}/${w.name}` } }}
                    checked={selection.isPicked(w)}
                    onChange={() => selection.toggle(w)}
                  />
                </TableCell>
                <TableCell sx={{ maxWidth: 280 }}>
                  <UserCell
                    username={w.name}
                    avatarUrl={w.owner_avatar_url}
                    to={paths.workspace(w.owner_name, w.name)}
                    onLinkIntent={onRowIntent && (() => onRowIntent(w))}
                    secondary={reach ? `${w.owner_name} · ${describeVia(reach)}` : w.owner_name}
                  />
                </TableCell>
                <TableCell sx={hideOnPhone}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <TemplateIcon src={w.template_icon} name={w.template_name} size={24} />
                    <Typography variant="body2" noWrap>
                      {w.template_display_name || w.template_name}
                    </Typography>
                  </Stack>
                </TableCell>
                <TableCell sx={{ ...hideOnPhone, ...ellipsis }}>{w.organization_name}</TableCell>
                <TableCell>
                  <Stack
                    direction="row"
                    useFlexGap
                    spacing={0.5}
                    sx={{ alignItems: 'center', flexWrap: 'wrap' }}
                  >
                    <WorkspaceStatusChip build={w.latest_build} />
                    {w.outdated && <Chip size="small" variant="outlined" label="Outdated" />}
                    {deprecated && (
                      <Chip
                        size="small"
                        color="warning"
                        variant="outlined"
                        label="Deprecated template"
                        title={deprecated.deprecation_message || undefined}
                      />
                    )}
                  </Stack>
                </TableCell>
                <TableCell sx={dateColumn} title={formatDateTime(w.last_used_at)}>
                  {relativeTime(w.last_used_at)}
                </TableCell>
                <TableCell sx={hideOnPhone}>
                  <SharingCell ws={w} />
                </TableCell>
                <TableCell align="right" sx={stickyActions}>
                  <WorkspaceRowMenu ws={w} onAction={onAction} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
});

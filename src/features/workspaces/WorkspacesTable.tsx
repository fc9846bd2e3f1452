import { memo } from 'react';
import type { Template } from '../../api/templates';
import type { Workspace } from '../../api/workspaces';
import {
  Cell,
  HeadCell,
  Inline,
  LeanTable,
  Row,
  RowCheckbox,
  SelectPageCell,
} from '../../components/LeanTable';
import { Pill } from '../../components/Pill';
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
    // Fixed on phones too: the name takes what checkbox, status and actions leave and is cut with "…",
    // rather than pushing the status under the pinned actions column.
    <LeanTable label="Workspaces" minWidth={1080} phoneFixed>
      <thead>
        <tr>
          <SelectPageCell
            noun="workspaces"
            total={workspaces.length}
            picked={picked}
            onChange={(checked) => selection.setPage(workspaces, checked)}
          />
          <HeadCell>Name</HeadCell>
          <HeadCell phoneHide width={190}>
            Template
          </HeadCell>
          <HeadCell phoneHide width={120}>
            Organization
          </HeadCell>
          <HeadCell width={{ xs: 96, md: 170 }}>Status</HeadCell>
          <HeadCell phoneHide width={124}>
            Last used
          </HeadCell>
          <HeadCell phoneHide width={180}>
            Sharing
          </HeadCell>
          <HeadCell align="right" aria-label="Actions" sticky width={{ xs: 48, md: 56 }} />
        </tr>
      </thead>
      <tbody>
        {workspaces.map((w) => {
          const reach = via?.[w.id];
          const deprecated = deprecatedTemplates?.get(w.template_id);
          const picked = selection.isPicked(w);
          return (
            <Row key={w.id} picked={picked}>
              <Cell check>
                <RowCheckbox
                  label={`Select ${w.owner_name}/${w.name}`}
                  checked={picked}
                  onChange={() => selection.toggle(w)}
                />
              </Cell>
              <Cell style={{ maxWidth: 280 }}>
                <UserCell
                  username={w.name}
                  avatarUrl={w.owner_avatar_url}
                  to={paths.workspace(w.owner_name, w.name)}
                  onLinkIntent={onRowIntent && (() => onRowIntent(w))}
                  secondary={reach ? `${w.owner_name} · ${describeVia(reach)}` : w.owner_name}
                />
              </Cell>
              <Cell phoneHide>
                <Inline nowrap>
                  <TemplateIcon src={w.template_icon} name={w.template_name} size={24} />
                  <span>{w.template_display_name || w.template_name}</span>
                </Inline>
              </Cell>
              <Cell phoneHide ellipsis>
                {w.organization_name}
              </Cell>
              <Cell>
                <Inline>
                  <WorkspaceStatusChip build={w.latest_build} />
                  {w.outdated && <Pill variant="outlined" label="Outdated" />}
                  {deprecated && (
                    <Pill
                      color="warning"
                      variant="outlined"
                      label="Deprecated template"
                      title={deprecated.deprecation_message || undefined}
                    />
                  )}
                </Inline>
              </Cell>
              <Cell phoneHide nowrap title={formatDateTime(w.last_used_at)}>
                {relativeTime(w.last_used_at)}
              </Cell>
              <Cell phoneHide>
                <SharingCell ws={w} />
              </Cell>
              <Cell align="right" sticky>
                <WorkspaceRowMenu ws={w} onAction={onAction} />
              </Cell>
            </Row>
          );
        })}
      </tbody>
    </LeanTable>
  );
});

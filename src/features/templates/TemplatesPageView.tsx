import {
  Box,
  Button,
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { isDeprecated, type Template } from '../../api/templates';
import { templateWorkspacesFilter } from '../../api/workspaces';
import { hideOnPhone } from '../../components/columns';
import { DeprecationMessage } from '../../components/DeprecationMessage';
import { EmptyState } from '../../components/EmptyState';
import { ListPage } from '../../components/ListPage';
import { NeedsPremium } from '../../components/NeedsPremium';
import { TemplateIcon } from '../../components/TemplateIcon';
import { paths } from '../../lib/paths';
import { plural } from '../../lib/plural';
import type { ListView } from '../../lib/useListQuery';
import { PageHeader } from '../../components/PageHeader';

export type TemplateAction = { kind: 'deprecate' | 'undeprecate'; template: Template };

type Props = {
  orgName: string;
  templates: ListView<Template>;
  /** Active version names and workspace counts, by template id (undefined while loading or failed). */
  versions: Record<string, string | undefined>;
  counts: Record<string, number | undefined>;
  /** `template:update` in this organization (template admins, owners, organization template admins). */
  canUpdate: boolean;
  /** The `access_control` entitlement that setting a message needs (lifting one does not). */
  entitled: boolean;
  onAction: (a: TemplateAction) => void;
};

export function TemplatesPageView(p: Props) {
  const { templates } = p;
  return (
    <ListPage
      view={templates}
      noun="templates"
      header={
        <PageHeader
          level={2}
          title="Templates"
          description="Deprecate a template to steer people to its successor: existing workspaces keep working, new ones cannot be created from it."
        />
      }
      notice={
        p.canUpdate &&
        !p.entitled && (
          <Stack sx={{ mb: 2 }}>
            <NeedsPremium
              feature="Template deprecation"
              description="Deprecating a template needs the Access control entitlement; lifting a deprecation does not."
            />
          </Stack>
        )
      }
      empty={
        <EmptyState title="No templates" description="This organization has no templates you can see." />
      }
    >
      {(rows) => (
        <TableContainer>
          <Table size="small" aria-label="Templates">
            <TableHead>
              <TableRow>
                <TableCell>Template</TableCell>
                <TableCell sx={hideOnPhone}>Active version</TableCell>
                <TableCell sx={hideOnPhone}>Workspaces</TableCell>
                <TableCell>Status</TableCell>
                {p.canUpdate && <TableCell align="right">Actions</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((t) => (
                <TemplateRow key={t.id} t={t} {...p} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </ListPage>
  );
}

function TemplateRow({ t, ...p }: Omit<Props, 'templates'> & { t: Template }) {
  const label = t.display_name || t.name;
  const deprecated = isDeprecated(t);
  const count = p.counts[t.id];
  return (
    <TableRow>
      <TableCell>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', minWidth: 0 }}>
          {/* On a phone the name takes the icon's room, so words wrap whole. */}
          <Box sx={{ display: { xs: 'none', sm: 'block' } }}>
            <TemplateIcon src={t.icon} name={t.name} size={32} />
          </Box>
          <Stack sx={{ minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'break-word' }}>
              {label}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'break-word' }}>
              {t.name}
            </Typography>
          </Stack>
        </Stack>
      </TableCell>
      <TableCell sx={hideOnPhone}>{p.versions[t.id] ?? '…'}</TableCell>
      <TableCell sx={{ ...hideOnPhone, whiteSpace: 'nowrap' }}>
        {count === undefined ? (
          '…'
        ) : (
          <Link
            component={RouterLink}
            to={paths.workspaces(templateWorkspacesFilter(p.orgName, t.name))}
            aria-label={`${plural(count, 'workspace')} on ${label}`}
          >
            {plural(count, 'workspace')}
          </Link>
        )}
      </TableCell>
      <TableCell sx={{ maxWidth: 360 }}>
        {deprecated ? (
          <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <Chip size="small" color="warning" label="Deprecated" />
            {t.deprecation_message && (
              <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                <DeprecationMessage message={t.deprecation_message} />
              </Typography>
            )}
          </Stack>
        ) : (
          <Chip size="small" variant="outlined" label="Active" />
        )}
      </TableCell>
      {p.canUpdate && (
        <TableCell align="right">
          {deprecated ? (
            <Button
              size="small"
              aria-label={`Undeprecate ${label}`}
              onClick={() => p.onAction({ kind: 'undeprecate', template: t })}
            >
              Undeprecate
            </Button>
          ) : (
            <Button
              size="small"
              color="warning"
              disabled={!p.entitled}
              aria-label={`Deprecate ${label}`}
              onClick={() => p.onAction({ kind: 'deprecate', template: t })}
            >
              Deprecate
            </Button>
          )}
        </TableCell>
      )}
    </TableRow>
  );
}

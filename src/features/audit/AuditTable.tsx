import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Box,
  Chip,
  IconButton,
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
import { Fragment, memo, useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AuditLog } from '../../api/audit';
import { fixedLayout, hideOnPhone } from '../../components/columns';
import { paths } from '../../lib/paths';
import { formatDateTime, relativeTime } from '../../lib/time';
import { AuditDiffTable } from './AuditDiffTable';
import { resourceName, resourcePath } from './auditLinks';

const FRIENDLY: Record<string, string> = {
  create: 'created',
  write: 'updated',
  delete: 'deleted',
  start: 'started',
  stop: 'stopped',
  login: 'logged in',
  logout: 'logged out',
  register: 'registered',
};

/** Coder's description with `{user}` and `{target}` made links; built from the fields when it has none. */
function Summary({ e }: { e: AuditLog }) {
  const actor = e.user ? (
    <Link component={RouterLink} to={paths.user(e.user.username)} sx={{ fontWeight: 600 }}>
      {e.user.username}
    </Link>
  ) : (
    <strong>Someone</strong>
  );
  const to = resourcePath(e);
  const name = resourceName(e);
  const target = to ? (
    <Link component={RouterLink} to={to}>
      {name}
    </Link>
  ) : (
    <span>{name}</span>
  );
  const failed = e.status_code >= 400;
  const text =
    e.description ||
    `{user} ${failed ? `unsuccessfully attempted to ${e.action}` : (FRIENDLY[e.action] ?? e.action)} ${e.resource_type.replaceAll('_', ' ')} {target}`;
  const parts: ReactNode[] = text
    .split(/(\{user\}|\{target\})/)
    .map((part, i) =>
      part === '{user}' ? (
        <Fragment key={i}>{actor}</Fragment>
      ) : part === '{target}' ? (
        <Fragment key={i}>{target}</Fragment>
      ) : (
        part
      ),
    );
  return <Typography variant="body2">{parts}</Typography>;
}

function Details({ e }: { e: AuditLog }) {
  const facts: [string, ReactNode][] = [
    ['Time', formatDateTime(e.time)],
    ['Organization', e.organization ? e.organization.display_name || e.organization.name : '(site-wide)'],
    ['IP address', e.ip || '(unknown)'],
    ['User agent', e.user_agent || '(unknown)'],
    ['Status code', String(e.status_code)],
  ];
  return (
    <Stack spacing={2} sx={{ py: 1 }}>
      <AuditDiffTable
        diff={e.diff ?? {}}
        label={`Changes in this ${e.resource_type.replaceAll('_', ' ')} entry`}
      />
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 0.5, columnGap: 2 }}
      >
        {facts.map(([k, v]) => (
          <Fragment key={k}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {k}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-word' }}>
              {v}
            </Typography>
          </Fragment>
        ))}
      </Box>
    </Stack>
  );
}

function EntryRow({ e }: { e: AuditLog }) {
  const [open, setOpen] = useState(false);
  const failed = e.status_code >= 400;
  const detailsId = `audit-${e.id}`;
  return (
    <>
      <TableRow hover>
        <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
          <time dateTime={e.time} title={formatDateTime(e.time)}>
            {relativeTime(e.time)}
          </time>
        </TableCell>
        <TableCell>
          <Summary e={e} />
        </TableCell>
        <TableCell sx={hideOnPhone}>
          <Chip
            size="small"
            variant="outlined"
            color={failed ? 'error' : 'success'}
            label={failed ? `Failed (${e.status_code})` : `OK (${e.status_code})`}
          />
        </TableCell>
        <TableCell padding="checkbox">
          <IconButton
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-label={`${open ? 'Hide' : 'Show'} details of ${e.user?.username ?? 'someone'} ${e.action} ${resourceName(e) || e.resource_type}`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          </IconButton>
        </TableCell>
      </TableRow>
      {open && (
        <TableRow id={detailsId}>
          <TableCell colSpan={4} sx={{ bgcolor: 'action.hover' }}>
            <Details e={e} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

/** Memoized: the page renders it from a deferred copy of its rows. */
export const AuditTable = memo(function AuditTable({ entries }: { entries: AuditLog[] }) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Audit log" sx={fixedLayout(900)}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ whiteSpace: 'nowrap', width: { lg: 150 } }}>When</TableCell>
            <TableCell>What happened</TableCell>
            <TableCell sx={{ ...hideOnPhone, width: { lg: 130 } }}>Result</TableCell>
            <TableCell padding="checkbox" sx={{ width: { lg: 56 } }}>
              <Box component="span" sx={visuallyHidden}>
                Details
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => (
            <EntryRow key={e.id} e={e} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
});

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

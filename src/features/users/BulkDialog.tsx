import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/http';
import { formatCount, plural, someNames } from '../../lib/plural';
import type { BulkOp, BulkTargets } from './userActions';
import { useBulkUsers } from './useBulkUsers';

const n = formatCount;
const verb = (op: BulkOp) =>
  ({
    suspend: 'Suspend',
    activate: 'Activate',
    addRole: `Add ${'label' in op ? op.label : ''} to`,
    removeRole: `Remove ${'label' in op ? op.label : ''} from`,
  })[op.kind];
const past = (op: BulkOp) =>
  ({
    suspend: 'suspended',
    activate: 'activated',
    addRole: `given ${'label' in op ? op.label : ''}`,
    removeRole: `removed from ${'label' in op ? op.label : ''}`,
  })[op.kind];

type Props = { op: BulkOp; targets: BulkTargets; onClose: () => void; onDone: () => void };

/** Confirm → progress → per-user summary ("48 suspended, 2 failed: …"). */
export function BulkDialog({ op, targets, onClose, onDone }: Props) {
  const titleId = useId();
  const bulk = useBulkUsers();
  const [error, setError] = useState<unknown>(null);
  const count = 'users' in targets ? targets.users.length : targets.count;
  const who =
    'users' in targets
      ? `${plural(count, 'selected user')}`
      : `all ${n(count)} users matching “${targets.filter || 'everyone'}”`;
  const names = 'users' in targets ? targets.users.map((u) => u.username) : targets.sample;
  const running = bulk.progress !== undefined;
  const failed = bulk.results?.filter((r) => !r.ok) ?? [];
  const ok = (bulk.results?.length ?? 0) - failed.length;
  const start = () => bulk.run(op, targets).catch(setError);
  const finish = () => {
    if (bulk.results) onDone();
    onClose();
  };
  return (
    <Dialog open onClose={running ? undefined : finish} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{`${verb(op)} ${who}`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {!bulk.results && !running && (
            <>
              <Typography>
                {verb(op)} {who}? Each user is changed with its own request; you get a result for every one.
              </Typography>
              <Typography>
                {count === 1 ? 'User' : 'Users'}: <strong>{someNames(names, count)}</strong>
              </Typography>
            </>
          )}
          {running && (
            <Stack spacing={1}>
              <Typography role="status">
                {bulk.progress?.phase === 'collecting'
                  ? `Finding users: ${n(bulk.progress.done)} of ${n(bulk.progress.total)}`
                  : `Working: ${n(bulk.progress?.done ?? 0)} of ${n(bulk.progress?.total ?? 0)}`}
              </Typography>
              <LinearProgress
                variant="determinate"
                aria-label="Bulk progress"
                value={bulk.progress?.total ? (100 * bulk.progress.done) / bulk.progress.total : 0}
              />
            </Stack>
          )}
          {error !== null && <ErrorAlert error={error} />}
          {bulk.results && (
            <Alert severity={failed.length ? 'warning' : 'success'} role="status">
              {`${n(ok)} ${past(op)}${failed.length ? `, ${n(failed.length)} failed` : ''}.`}
            </Alert>
          )}
          {failed.length > 0 && (
            <List dense aria-label="Failures" sx={{ maxHeight: 240, overflow: 'auto' }}>
              {failed.map((r) => (
                <ListItem key={r.item.id} disableGutters>
                  <ListItemText primary={r.item.username} secondary={errorMessage(r.ok ? null : r.error)} />
                </ListItem>
              ))}
            </List>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {running ? (
          <Button onClick={bulk.cancel}>Stop</Button>
        ) : bulk.results ? (
          <Button variant="contained" onClick={finish}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button
              variant="contained"
              color={op.kind === 'suspend' ? 'error' : 'primary'}
              onClick={() => void start()}
            >
              {verb(op)} {n(count)}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

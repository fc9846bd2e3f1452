import { formatCount } from '../../lib/plural';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { collectUsers } from './collectUsers';
import { downloadText, usersToCsv } from './csv';

const n = formatCount;

/** Fetches every page the filter matches, then downloads them as CSV. Starts on open. */
export function ExportDialog({ filter, onClose }: { filter: string; onClose: () => void }) {
  const titleId = useId();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [done, setDone] = useState<{ rows: number; file: string }>();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const ctl = new AbortController();
    collectUsers(filter, (d, t) => setProgress({ done: d, total: t }), ctl.signal)
      .then((users) => {
        const file = `users-${new Date().toISOString().slice(0, 10)}.csv`;
        downloadText(file, usersToCsv(users));
        setDone({ rows: users.length, file });
      })
      .catch((e: unknown) => {
        if (!ctl.signal.aborted) setError(e);
      });
    return () => ctl.abort();
  }, [filter]);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>Export users</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography color="text.secondary">{filter ? `Filter: ${filter}` : 'All users'}</Typography>
          {!done && error === null && (
            <>
              <Typography role="status">
                Fetched {n(progress.done)} of {progress.total ? n(progress.total) : '…'} users
              </Typography>
              <LinearProgress
                aria-label="Export progress"
                variant={progress.total ? 'determinate' : 'indeterminate'}
                value={progress.total ? (100 * progress.done) / progress.total : 0}
              />
            </>
          )}
          {done && (
            <Alert severity="success" role="status">
              Exported {n(done.rows)} users to {done.file}.
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{done || error !== null ? 'Close' : 'Cancel'}</Button>
      </DialogActions>
    </Dialog>
  );
}

import { Alert, Button, Snackbar } from '@mui/material';
import { useCallback, useState, type ReactNode } from 'react';
import { NotifyContext, type Notice } from './NotifyContext';

type Queued = Notice & { key: number };
let nextKey = 0;

/**
 * The app-wide snackbar queue on MUI's Snackbar: messages show one at a time, in order; each closes on
 * its own after a few seconds (longer when it carries an action), or when dismissed.
 */
export function SnackbarQueue({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Queued[]>([]);
  const [open, setOpen] = useState(true);
  const notify = useCallback((n: Notice) => setQueue((q) => [...q, { ...n, key: nextKey++ }]), []);
  const current = queue[0];
  const close = () => setOpen(false);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {current && (
        <Snackbar
          key={current.key}
          open={open}
          autoHideDuration={current.action ? 8000 : 5000}
          onClose={(_, reason) => reason !== 'clickaway' && close()}
          slotProps={{
            transition: {
              onExited: () => {
                setQueue((q) => q.slice(1));
                setOpen(true);
              },
            },
          }}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        >
          <Alert
            severity={current.severity ?? 'success'}
            variant="filled"
            onClose={close}
            action={
              current.action && (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    current.action?.onClick();
                    close();
                  }}
                >
                  {current.action.label}
                </Button>
              )
            }
          >
            {current.text}
          </Alert>
        </Snackbar>
      )}
    </NotifyContext.Provider>
  );
}

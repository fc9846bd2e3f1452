import { Alert, Button, Snackbar } from '@mui/material';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { NotifyContext, type Notice } from './NotifyContext';

type Queued = Notice & { key: number };
let nextKey = 0;

/** Typing in a field or working in a dialog: Ctrl/Cmd+Z belongs to them there. */
const ownsUndoKey = (t: EventTarget | null) =>
  t instanceof Element &&
  t.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]') !== null;

/**
 * The app-wide snackbar queue on MUI's Snackbar: messages show one at a time, in order; each closes on
 * its own after a few seconds (longer when it carries an action), or when dismissed. The timer pauses
 * while the pointer or the keyboard focus is on it (MUI's own behaviour), and an Undo also answers
 * Ctrl/Cmd+Z anywhere outside text fields and dialogs.
 */
export function SnackbarQueue({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Queued[]>([]);
  const [open, setOpen] = useState(true);
  const notify = useCallback((n: Notice) => setQueue((q) => [...q, { ...n, key: nextKey++ }]), []);
  const current = queue[0];
  const close = () => setOpen(false);
  const undo = open && current?.action?.undo ? current.action.onClick : undefined;
  useEffect(() => {
    if (!undo) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      if (e.defaultPrevented || ownsUndoKey(e.target)) return;
      e.preventDefault();
      undo();
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo]);
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
                  aria-label={current.action.name}
                  aria-keyshortcuts={current.action.undo ? 'Control+Z Meta+Z' : undefined}
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

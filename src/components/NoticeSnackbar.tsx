import { Alert, Button, Snackbar } from '@mui/material';
import { useEffect } from 'react';
import type { Notice } from './NotifyContext';

/** Typing in a field or working in a dialog: Ctrl/Cmd+Z belongs to them there. */
const ownsUndoKey = (t: EventTarget | null) =>
  t instanceof Element &&
  t.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]') !== null;

export type NoticeProps = { notice: Notice; open: boolean; onClose: () => void; onExited: () => void };

/**
 * One message of the queue on MUI's Snackbar: it closes on its own after a few seconds (longer when it
 * carries an action), or when dismissed; the timer pauses while the pointer or the keyboard focus is on
 * it (MUI's own behaviour). An Undo also answers Ctrl/Cmd+Z anywhere outside text fields and dialogs.
 */
export function NoticeSnackbar({ notice, open, onClose, onExited }: NoticeProps) {
  const { action } = notice;
  const undo = open && action?.undo ? action.onClick : undefined;
  useEffect(() => {
    if (!undo) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      if (e.defaultPrevented || ownsUndoKey(e.target)) return;
      e.preventDefault();
      undo();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, onClose]);
  return (
    <Snackbar
      open={open}
      autoHideDuration={action ? 8000 : 5000}
      onClose={(_, reason) => reason !== 'clickaway' && onClose()}
      slotProps={{ transition: { onExited } }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notice.severity ?? 'success'}
        variant="filled"
        onClose={onClose}
        action={
          action && (
            <Button
              color="inherit"
              size="small"
              aria-label={action.name}
              aria-keyshortcuts={action.undo ? 'Control+Z Meta+Z' : undefined}
              onClick={() => {
                action.onClick();
                onClose();
              }}
            >
              {action.label}
            </Button>
          )
        }
      >
        {notice.text}
      </Alert>
    </Snackbar>
  );
}

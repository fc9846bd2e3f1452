import { Button, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { FormDialog } from './FormDialog';
import { CancelButton } from './CancelButton';

export type ConfirmDialogProps = {
  open?: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  /** Disables the confirm button (e.g. until something is typed). */
  confirmDisabled?: boolean;
  /** Something was picked or typed: Escape or a click outside asks before discarding it. */
  dirty?: boolean;
  /** Awaited: the dialog closes when it resolves and shows the error in place when it rejects. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
};

/** Mount it only while its action is set, so its state (error, typed text) resets per use. */
export function ConfirmDialog(p: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const titleId = useId();
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await p.onConfirm();
      p.onClose();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <FormDialog
      open={p.open ?? true}
      dirty={p.dirty}
      busy={pending}
      onClose={p.onClose}
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>{p.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {p.children}
          {error !== null && <ErrorAlert error={error} />}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <CancelButton onClose={p.onClose} disabled={pending} />
        <Button
          variant="contained"
          color={p.destructive ? 'error' : 'primary'}
          loading={pending}
          disabled={p.confirmDisabled}
          onClick={() => void confirm()}
        >
          {p.confirmLabel}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}

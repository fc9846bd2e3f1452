import { Dialog, type DialogProps } from '@mui/material';
import { useCallback, useRef } from 'react';
import { FormDialogContext } from './formDialogContext';
import { useDiscardGuard } from './useDiscardGuard';

export type FormDialogProps = Omit<DialogProps, 'open' | 'onClose'> & {
  open?: boolean;
  /** Unsaved input: Escape or a click outside asks before discarding it. */
  dirty?: boolean;
  /** While saving, Escape and a click outside do nothing. */
  busy?: boolean;
  /** What the discard question says is at stake. */
  discardText?: string;
  onClose: () => void;
};

/** A Dialog for a form: it never throws typed input away on Escape or a stray click without asking. */
export function FormDialog({
  open = true,
  dirty = false,
  busy = false,
  discardText,
  onClose,
  children,
  ...rest
}: FormDialogProps) {
  // What forms below report, kept in a ref: read when closing, so it never lags a keystroke.
  const reported = useRef<Record<string, boolean>>({});
  const guard = useDiscardGuard(
    () => dirty || Object.values(reported.current).some(Boolean),
    onClose,
    discardText,
  );
  const report = useCallback((key: string, d: boolean) => {
    reported.current[key] = d;
  }, []);
  const ctx = { report, requestClose: guard.requestClose };
  return (
    <Dialog open={open} onClose={busy ? undefined : guard.requestClose} {...rest}>
      <FormDialogContext.Provider value={ctx}>{children}</FormDialogContext.Provider>
      {guard.prompt}
    </Dialog>
  );
}

import { Button, type ButtonProps } from '@mui/material';
import { useContext } from 'react';
import { FormDialogContext } from './formDialogContext';

/**
 * A form dialog's Cancel: inside a FormDialog it closes through the dialog's guard, so typed input is not
 * thrown away without asking (as Escape, a click outside, and the Share dialog's Cancel do).
 */
export function CancelButton({
  onClose,
  children = 'Cancel',
  ...rest
}: ButtonProps & { onClose: () => void }) {
  const requestClose = useContext(FormDialogContext)?.requestClose;
  return (
    <Button {...rest} onClick={requestClose ?? onClose}>
      {children}
    </Button>
  );
}

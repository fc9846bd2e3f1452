import { TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';

type Props = Omit<ConfirmDialogProps, 'confirmDisabled' | 'destructive'> & {
  expected: string;
  label?: string;
};

/** A destructive confirmation that needs the resource's name typed first. */
export function TypedConfirmDialog({ expected, label, children, ...rest }: Props) {
  const [typed, setTyped] = useState('');
  return (
    <ConfirmDialog {...rest} destructive confirmDisabled={typed !== expected}>
      {children}
      <Typography variant="body2">
        Type <strong>{expected}</strong> to confirm.
      </Typography>
      <TextField
        label={label ?? `Type “${expected}” to confirm`}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        fullWidth
      />
    </ConfirmDialog>
  );
}

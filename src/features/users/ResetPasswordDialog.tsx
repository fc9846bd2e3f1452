import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Button, IconButton, InputAdornment, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useUpdatePassword } from '../../api/userMutations';
import type { User } from '../../api/users';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/NotifyContext';
import { generateTempPassword } from './tempPassword';

/** Generates a strong temporary password, shows it with a copy button, and applies it on confirm. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const [password, setPassword] = useState(generateTempPassword);
  const [copied, setCopied] = useState(false);
  const update = useUpdatePassword();
  const notify = useNotify();
  const copy = async () => {
    await navigator.clipboard.writeText(password);
    setCopied(true);
  };
  return (
    <ConfirmDialog
      title={`Reset password for ${user.username}`}
      confirmLabel="Reset password"
      onConfirm={() =>
        update
          .mutateAsync({ user: user.id, body: { password, old_password: '' } })
          .then(() => notify({ text: `Password of ${user.username} reset.` }))
      }
      onClose={onClose}
    >
      <Typography>
        {user.username} gets this temporary password. Copy it and share it through a safe channel: they will
        be signed out everywhere and should change it at their next sign-in (Account → Change password).
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          label="Temporary password"
          value={password}
          fullWidth
          slotProps={{
            htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace' } },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={copied ? 'Copied' : 'Copy password'}>
                    <IconButton aria-label="Copy password" onClick={() => void copy()}>
                      <ContentCopyIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
        />
        <Button
          startIcon={<RefreshIcon />}
          onClick={() => {
            setPassword(generateTempPassword());
            setCopied(false);
          }}
        >
          New
        </Button>
      </Stack>
      <Typography role="status" variant="body2" color="text.secondary">
        {copied ? 'Copied to the clipboard.' : ' '}
      </Typography>
    </ConfirmDialog>
  );
}

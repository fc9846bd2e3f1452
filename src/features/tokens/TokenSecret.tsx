import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';

/** The new token's secret with a copy button; the caller unmounts it for good when the dialog closes. */
export function TokenSecret({ secret }: { secret: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const copy = () =>
    navigator.clipboard.writeText(secret).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <Stack spacing={2}>
      <Alert severity="warning">Copy it now: this is the only time the token is shown.</Alert>
      <Stack direction="row" spacing={1}>
        <TextField
          label="Token"
          value={secret}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false } }}
          onFocus={(e) => e.target.select()}
        />
        <Button variant="outlined" onClick={() => void copy()}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </Button>
      </Stack>
      {copied === 'failed' && (
        <Alert severity="info">
          The browser did not allow copying: select the token and copy it by hand.
        </Alert>
      )}
      <Alert severity="info" icon={false}>
        Send it as the <code>Coder-Session-Token</code> header.
      </Alert>
    </Stack>
  );
}

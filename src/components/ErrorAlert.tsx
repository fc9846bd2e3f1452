import { Alert, AlertTitle, Button } from '@mui/material';
import { errorMessage, isApiError } from '../lib/http';

type Props = { error: unknown; title?: string; onRetry?: () => void };

/** Shows a Coder error (`message` + `detail`) in place, with an optional retry. */
export function ErrorAlert({ error, title, onRetry }: Props) {
  const detail = isApiError(error) ? error.detail : undefined;
  return (
    <Alert
      severity="error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      {title && <AlertTitle>{title}</AlertTitle>}
      {errorMessage(error)}
      {detail ? ` ${detail}` : ''}
    </Alert>
  );
}

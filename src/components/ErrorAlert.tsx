import { Button } from '@mui/material';
import {
  errorMessage,
  isApiError,
  isPremiumRequired,
  isUnsupported,
  UnsupportedResponseError,
} from '../lib/http';
import { Alert } from './Alert';

type Props = { error: unknown; title?: string; onRetry?: () => void };

/**
 * Shows a Coder error (`message` + `detail`) in place, with an optional retry. Two answers are not failures
 * but facts about the deployment, and read as such: an endpoint or field the server does not have ("Not
 * supported by this server version") and a missing Premium entitlement.
 */
export function ErrorAlert({ error, title, onRetry }: Props) {
  const retry = onRetry ? (
    <Button color="inherit" size="small" onClick={onRetry}>
      Retry
    </Button>
  ) : undefined;

  if (isUnsupported(error)) {
    return (
      <Alert severity="info" title="Not supported by this server version">
        {error instanceof UnsupportedResponseError
          ? 'This Coder deployment answered in a shape this dashboard does not understand; it may be older or newer than the dashboard supports.'
          : 'This Coder deployment does not offer this feature; it may be older than the dashboard expects.'}
      </Alert>
    );
  }
  if (isPremiumRequired(error)) {
    return (
      <Alert severity="info" title="Needs Coder Premium">
        {errorMessage(error)} Ask your Coder administrator about a Premium license.
      </Alert>
    );
  }

  const detail = isApiError(error) ? error.detail : undefined;
  return (
    <Alert severity="error" title={title} action={retry}>
      {errorMessage(error)}
      {detail ? ` ${detail}` : ''}
    </Alert>
  );
}

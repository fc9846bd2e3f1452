import { Button } from '@mui/material';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ForbiddenPage, NotFoundPage, StatusPage } from '../components/StatusPage';
import { errorMessage, isApiError, isPremiumRequired, isUnsupported } from '../lib/http';

/** Per-route error boundary: 404/403 as proper pages, anything else as a message with a retry. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const status = isApiError(error) ? error.status : isRouteErrorResponse(error) ? error.status : undefined;
  if (isUnsupported(error)) {
    return (
      <StatusPage
        title="Not supported by this server version"
        description="This Coder deployment does not offer this page's data; it may be older than the dashboard expects."
      />
    );
  }
  if (isPremiumRequired(error)) {
    return <StatusPage title="Needs Coder Premium" description={errorMessage(error)} />;
  }
  if (status === 404) return <NotFoundPage />;
  if (status === 403) return <ForbiddenPage />;
  return (
    <StatusPage
      title="This page crashed"
      description={`Something went wrong while showing this page: ${errorMessage(error, 'unknown error')}`}
      actions={
        <Button variant="contained" onClick={() => window.location.reload()}>
          Try again
        </Button>
      }
    />
  );
}

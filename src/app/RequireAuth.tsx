import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { authQueries } from '../api/auth';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loader } from '../components/Loader';
import { isApiError } from '../lib/http';
import { paths } from '../lib/paths';
import { Box } from '@mui/material';
import { SavedViewsOwner } from './SavedViewsOwner';

/** Gate for every signed-in route: no session (or a 401 mid-use) → sign-in, then back to this URL. */
export function RequireAuth() {
  const location = useLocation();
  const me = useQuery(authQueries.me());
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      return <Navigate to={paths.login(location.pathname + location.search + location.hash)} replace />;
    }
    return (
      <Box sx={{ p: 4 }}>
        <ErrorAlert error={me.error} title="Could not load your account" onRetry={() => void me.refetch()} />
      </Box>
    );
  }
  if (!me.data) return <Loader label="Loading your account" />;
  return (
    <SavedViewsOwner userId={me.data.id}>
      <Outlet />
    </SavedViewsOwner>
  );
}

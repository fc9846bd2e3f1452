import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authQueries, login, logout, type LoginRequest } from '../../api/auth';
import { ApiError } from '../../lib/http';
import { setSessionToken } from '../../lib/session';

/**
 * In the static demo the mock runs in a service worker, whose responses cannot set cookies: there the tab
 * keeps the session token (as token sign-in does). Everywhere else the session lives in the HttpOnly cookie.
 */
const keepsTokenInTab = import.meta.env.VITE_DEMO === 'true';

/** Password sign-in: the server sets the session cookie; then the signed-in user is loaded fresh. */
export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginRequest) => {
      const { session_token } = await login(body);
      setSessionToken(keepsTokenInTab ? session_token : undefined);
      qc.removeQueries();
      return qc.fetchQuery(authQueries.me());
    },
    // Its variables hold the password: not kept once the sign-in page is gone.
    gcTime: 0,
  });
}

/** Token sign-in: the pasted token is sent as `Coder-Session-Token` and checked against `/users/me`. */
export function useTokenSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) => {
      setSessionToken(token.trim());
      qc.removeQueries();
      try {
        return await qc.fetchQuery(authQueries.me());
      } catch (e) {
        setSessionToken(undefined);
        if (e instanceof ApiError && e.status === 401) {
          throw new ApiError(401, { message: 'That session token is invalid or has expired.' });
        }
        throw e;
      }
    },
    // Its variables hold the pasted token (sessionStorage keeps it for the tab, see lib/session.ts).
    gcTime: 0,
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } finally {
        setSessionToken(undefined);
        qc.clear();
      }
    },
  });
}

import type { QueryClient } from '@tanstack/react-query';
import { authQueries } from '../api/auth';

/**
 * For route loaders: runs `prefetch` (not awaited) once the session is known to be valid, so data starts
 * loading while the route's code and the shell load, and a signed-out visit asks for nothing that would 401.
 */
export function whenSignedIn(qc: QueryClient, prefetch: () => Promise<unknown>): null {
  void qc.ensureQueryData(authQueries.me()).then(prefetch, () => undefined);
  return null;
}

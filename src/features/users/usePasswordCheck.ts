import { useQuery } from '@tanstack/react-query';
import { usersQueries } from '../../api/users';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

/** Live strength check through the server's own rule (`POST /users/validate-password`), debounced. */
export function usePasswordCheck(password: string): string | undefined {
  const settled = useDebouncedValue(password, 400);
  const check = useQuery(usersQueries.passwordCheck(settled));
  if (!password || settled !== password || !check.data) return undefined;
  return check.data.valid ? 'Strong enough.' : check.data.details;
}

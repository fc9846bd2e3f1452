import { useEffect } from 'react';
import { useValidatePassword } from '../../api/userMutations';
import { useDebounce } from 'use-debounce';

/** Live strength check through the server's own rule (`POST /users/validate-password`), debounced. */
export function usePasswordCheck(password: string): string | undefined {
  const [settled] = useDebounce(password, 400);
  const { mutate, reset, data, variables } = useValidatePassword();
  useEffect(() => {
    if (settled) mutate(settled);
    else reset();
  }, [settled, mutate, reset]);
  if (!password || settled !== password || variables !== password || !data) return undefined;
  return data.valid ? 'Strong enough.' : data.details;
}

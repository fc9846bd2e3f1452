import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorMessage, isApiError } from './http';
import './zodEnglish';

/** Forms validate with zod through react-hook-form's resolver; their issues read in English (zodEnglish). */
export { zodResolver } from '@hookform/resolvers/zod';

/**
 * Puts Coder's `validations[]` onto the matching form fields (field names equal the request's JSON keys)
 * and the rest onto `root.server`. Returns true when at least one field error was set.
 */
export function applyServerErrors<T extends FieldValues>(
  err: unknown,
  setError: UseFormSetError<T>,
  fields?: readonly string[],
): boolean {
  let matched = false;
  if (isApiError(err)) {
    for (const v of err.validations) {
      if (!fields || fields.includes(v.field)) {
        setError(v.field as Path<T>, { type: 'server', message: v.detail });
        matched = true;
      }
    }
  }
  const detail = isApiError(err) ? err.detail : undefined;
  if (!matched || !isApiError(err)) {
    setError('root.server' as Path<T>, {
      type: 'server',
      message: detail ? `${errorMessage(err)} ${detail}` : errorMessage(err),
    });
  }
  return matched;
}

import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { mappingDiff, type IdpSyncMapping } from '../../../api/idpSync';
import { applyServerErrors } from '../../../lib/forms';
import { isApiError } from '../../../lib/http';

/** The mapping as the editor shows it: claim values left without targets are not shown. */
export const liveMapping = (m: IdpSyncMapping): IdpSyncMapping =>
  Object.fromEntries(Object.entries(m).filter(([, ids]) => ids.length > 0));

/** The mapping being edited, its diff from the server's, and a reset for after a save. */
export function useMappingDraft(server: IdpSyncMapping) {
  const [draft, setDraft] = useState(() => liveMapping(server));
  const diff = mappingDiff(liveMapping(server), liveMapping(draft));
  return {
    draft,
    setDraft,
    diff,
    dirty: diff.add.length > 0 || diff.remove.length > 0,
    reset: (m: IdpSyncMapping) => setDraft(liveMapping(m)),
  };
}

/**
 * Puts a failed save's error in place: Coder refuses an invalid regex while decoding the body ("Request body
 * must be valid JSON." with the regexp error as `detail`), which belongs under the filter field.
 */
export function applySyncError<T extends FieldValues>(
  err: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
) {
  if (isApiError(err) && err.detail?.startsWith('error parsing regexp') && fields.includes('regex_filter')) {
    setError('regex_filter' as Path<T>, { type: 'server', message: err.detail });
    return;
  }
  applyServerErrors(err, setError, fields);
}

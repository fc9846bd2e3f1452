import { Suspense, type ComponentProps } from 'react';
import { lazyNamed } from '../../lib/lazyNamed';

const UserActionDialogs = lazyNamed(() => import('./UserActionDialogs'), 'UserActionDialogs');

/**
 * The users dialogs, loaded when the first one opens: they carry the form libraries (react-hook-form,
 * the create-user fields), which the list and profile pages do not need to show their first rows.
 */
export function LazyUserActionDialogs(props: ComponentProps<typeof UserActionDialogs>) {
  if (!props.action) return null;
  return (
    <Suspense fallback={null}>
      <UserActionDialogs {...props} />
    </Suspense>
  );
}

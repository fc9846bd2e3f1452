import { useMemo, useState } from 'react';
import type { User } from '../../api/users';

/** Rows picked across pages (kept with their user objects), or "all N matching" the filter. */
export function useUserSelection() {
  const [picked, setPicked] = useState<Map<string, User>>(new Map());
  const [allMatching, setAllMatching] = useState(false);
  // One object per selection state, so the memoized table re-renders only when the selection changes.
  return useMemo(
    () => ({
      picked,
      allMatching,
      isPicked: (u: User) => allMatching || picked.has(u.id),
      toggle: (u: User) => {
        setAllMatching(false);
        setPicked((prev) => {
          const next = new Map(prev);
          if (next.has(u.id)) next.delete(u.id);
          else next.set(u.id, u);
          return next;
        });
      },
      setPage: (users: User[], on: boolean) => {
        setAllMatching(false);
        setPicked((prev) => {
          const next = new Map(prev);
          for (const u of users) {
            if (on) next.set(u.id, u);
            else next.delete(u.id);
          }
          return next;
        });
      },
      selectAllMatching: () => setAllMatching(true),
      clear: () => {
        setAllMatching(false);
        setPicked(new Map());
      },
    }),
    [picked, allMatching],
  );
}
export type UserSelection = ReturnType<typeof useUserSelection>;

import { useMemo, useState } from 'react';

/**
 * Rows picked for a bulk action on a list page, or "all N matching" its filter. A selection belongs to the
 * view it was made under (`scope`: filter, page and page size): when the view changes, it is gone, so an
 * action can never run on rows picked under another filter.
 */
export type RowSelection<T extends { id: string }> = {
  /** Picked rows by id, as shown when picked (for names; actions read each row fresh). */
  picked: ReadonlyMap<string, T>;
  /** The picked rows in the order they were picked. */
  rows: T[];
  /** The whole filter ("all N matching"), not only the picked rows. */
  allMatching: boolean;
  isPicked: (row: T) => boolean;
  toggle: (row: T) => void;
  setPage: (rows: readonly T[], on: boolean) => void;
  selectAllMatching: () => void;
  clear: () => void;
};

type State<T> = { scope: string; picked: Map<string, T>; allMatching: boolean };

export function useRowSelection<T extends { id: string }>(scope: string): RowSelection<T> {
  const [state, setState] = useState<State<T>>({ scope, picked: new Map(), allMatching: false });
  // A new view: the old selection is dropped (not hidden), so going back to that view starts empty too.
  if (state.scope !== scope) setState({ scope, picked: new Map(), allMatching: false });
  // One object per selection state, so memoized tables re-render only when the selection changes.
  return useMemo(() => {
    const current: State<T> =
      state.scope === scope ? state : { scope, picked: new Map(), allMatching: false };
    const update = (fn: (m: Map<string, T>) => void) => {
      const next = new Map(current.picked);
      fn(next);
      setState({ scope, picked: next, allMatching: false });
    };
    return {
      picked: current.picked,
      rows: [...current.picked.values()],
      allMatching: current.allMatching,
      isPicked: (row) => current.allMatching || current.picked.has(row.id),
      // Under "all matching" single rows cannot be unticked (their ids are not all known): the tables
      // disable row boxes then, and Clear selection leaves that mode.
      toggle: (row) => {
        if (!current.allMatching) update((m) => (m.has(row.id) ? m.delete(row.id) : m.set(row.id, row)));
      },
      setPage: (rows, on) => update((m) => rows.forEach((r) => (on ? m.set(r.id, r) : m.delete(r.id)))),
      selectAllMatching: () => setState({ ...current, allMatching: true }),
      clear: () => setState({ scope, picked: new Map(), allMatching: false }),
    };
  }, [state, scope]);
}

/** The scope of a list view: a selection made under one is gone under any other. */
export const viewScope = (v: { filter: string; page: number; pageSize: number }) =>
  JSON.stringify([v.filter, v.page, v.pageSize]);

import { useMemo, useState } from 'react';
import type { Workspace } from '../../api/workspaces';

export type WorkspaceSelection = {
  picked: Workspace[];
  isPicked: (w: Workspace) => boolean;
  toggle: (w: Workspace) => void;
  setPage: (page: Workspace[], on: boolean) => void;
  clear: () => void;
};

/** Rows picked for bulk actions (kept across pages; cleared when the filter changes). */
export function useWorkspaceSelection(filter: string): WorkspaceSelection {
  const [state, setState] = useState<{ filter: string; rows: Map<string, Workspace> }>({
    filter,
    rows: new Map(),
  });
  // One object per selection state, so the memoized table re-renders only when the selection changes.
  return useMemo(() => {
    const rows = state.filter === filter ? state.rows : new Map<string, Workspace>();
    const update = (fn: (m: Map<string, Workspace>) => void) => {
      const next = new Map(rows);
      fn(next);
      setState({ filter, rows: next });
    };
    return {
      picked: [...rows.values()],
      isPicked: (w) => rows.has(w.id),
      toggle: (w) => update((m) => (m.has(w.id) ? m.delete(w.id) : m.set(w.id, w))),
      setPage: (page, on) => update((m) => page.forEach((w) => (on ? m.set(w.id, w) : m.delete(w.id)))),
      clear: () => setState({ filter, rows: new Map() }),
    };
  }, [state, filter]);
}

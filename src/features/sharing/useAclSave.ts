import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useUpdateWorkspaceAcl, type AclChange } from '../../api/workspaceAcl';
import type { Workspace } from '../../api/workspaces';
import { useOfferUndo } from '../../components/useOfferUndo';

/**
 * Saving sharing with Undo. The Share dialog stays open after Save (the page behind is hidden from the
 * keyboard and screen readers while it does), so the latest save's Undo sits in the dialog; if the
 * dialog closes with it unused, the app-wide snackbar offers it, as for every other reversible action.
 */
export function useAclSave(ws: Workspace) {
  const save = useUpdateWorkspaceAcl();
  const undo = useMutation({ mutationFn: (run: () => Promise<unknown>) => run() });
  const offerUndo = useOfferUndo();
  const [last, setLast] = useState<() => Promise<unknown>>();
  const what = `sharing changes to ${ws.name}`;
  return {
    save,
    undo,
    canUndo: last !== undefined,
    submit: (v: AclChange, on: { onSuccess: () => void; onError: () => void }) =>
      save.mutate(v, {
        onSuccess: (d) => {
          undo.reset();
          setLast(() => save.undoFor(v, d));
          on.onSuccess();
        },
        onError: on.onError,
      }),
    undoLast: () => {
      if (!last) return;
      setLast(undefined);
      undo.mutate(last);
    },
    undoName: `Undo ${what}`,
    /** The dialog closes: an unused Undo moves to the snackbar. */
    handOff: () => {
      if (!last) return;
      offerUndo({
        text: `Sharing of ${ws.name} saved.`,
        what,
        undo: last,
        undone: `Sharing of ${ws.name} is back as it was.`,
      });
    },
  };
}

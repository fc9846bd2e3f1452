import { useCallback } from 'react';
import { errorMessage } from '../lib/http';
import { useNotify } from './NotifyContext';

export type UndoOffer = {
  /** The action's result: "alice is suspended." */
  text: string;
  /** What Undo reverts, for its name: "suspend alice" → "Undo suspend alice". */
  what: string;
  /** Sends the inverse request; resolves once the server took it. */
  undo: () => Promise<unknown>;
  /** Reported when the undo succeeded: "alice is active again." */
  undone: string;
};

/**
 * Reports a reversible action's result with an Undo; the Undo reports its own result, or the server's
 * message when it fails. Every undoable action goes through this one function.
 */
export function useOfferUndo() {
  const notify = useNotify();
  return useCallback(
    (o: UndoOffer) =>
      notify({
        text: o.text,
        action: {
          label: 'Undo',
          name: `Undo ${o.what}`,
          undo: true,
          onClick: () =>
            void o.undo().then(
              () => notify({ text: o.undone }),
              (e: unknown) =>
                notify({ severity: 'error', text: `Could not undo ${o.what}: ${errorMessage(e)}` }),
            ),
        },
      }),
    [notify],
  );
}

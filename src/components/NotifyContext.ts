import { createContext, useCallback, useContext } from 'react';
import { errorMessage } from '../lib/http';

/** One message in the app-wide queue, optionally with one action (a button beside the text). */
export type Notice = {
  text: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
  action?: {
    label: string;
    /** The button's accessible name when the label alone is ambiguous ("Undo suspend alice"). */
    name?: string;
    /** An Undo: Ctrl/Cmd+Z outside text fields and dialogs runs it too. */
    undo?: boolean;
    onClick: () => void;
  };
};

export const NotifyContext = createContext<(n: Notice) => void>(() => undefined);

/** Reports an action's result in the app-wide snackbar queue (one message at a time, in order). */
export const useNotify = () => useContext(NotifyContext);

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

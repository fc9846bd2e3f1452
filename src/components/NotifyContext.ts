import { createContext, useContext } from 'react';

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

import { createContext, useContext } from 'react';

/** One message in the app-wide queue. `action` is for later use (e.g. Undo): a label and what it does. */
export type Notice = {
  text: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
  action?: { label: string; onClick: () => void };
};

export const NotifyContext = createContext<(n: Notice) => void>(() => undefined);

/** Reports an action's result in the app-wide snackbar queue (one message at a time, in order). */
export const useNotify = () => useContext(NotifyContext);

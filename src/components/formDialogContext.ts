import { createContext, useContext, useId, useLayoutEffect } from 'react';

export type DirtyReport = { report: (key: string, dirty: boolean) => void; requestClose: () => void };
export const FormDialogContext = createContext<DirtyReport | null>(null);

/**
 * A form inside a FormDialog reports whether it holds unsaved input (e.g. react-hook-form's `isDirty`),
 * for forms rendered below the dialog that owns Escape and the backdrop. Returns the guarded close for the
 * form's Cancel button.
 */
export function useFormDialogDirty(dirty: boolean): () => void {
  const ctx = useContext(FormDialogContext);
  const key = useId();
  const report = ctx?.report;
  // A layout effect: recorded in the same commit as the keystroke, before any Escape can arrive.
  useLayoutEffect(() => {
    report?.(key, dirty);
    return () => report?.(key, false);
  }, [report, key, dirty]);
  return ctx?.requestClose ?? (() => undefined);
}

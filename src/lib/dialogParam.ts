import { useCallback, useRef, useState } from 'react';
import { useNavigate, useSearchParams, type NavigateOptions } from 'react-router';

/**
 * Dialogs a URL can open: `?dialog=<name>` on the page that owns the dialog and its subject
 * (`/users?dialog=create-user`, `/users/alice?dialog=suspend`, `/@alice/dev?dialog=share`). The command
 * palette links to them; a pasted link opens them on a cold load too. Build them with `paths.dialog`.
 */
export type DialogName = 'create-user' | 'create-workspace' | 'suspend' | 'activate' | 'delete' | 'share';

/**
 * The `dialog` search param of the current page. `close()` removes it (replacing the history entry, so Back
 * does not reopen the dialog); `leave(to)` navigates away from a dialog that is done (after a create or a
 * delete), and makes a later `close()` from the same dialog a no-op, so it cannot cancel that navigation.
 */
export function useDialogParam() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const left = useRef(false);
  const name = params.get('dialog');
  const open = name !== null;
  const close = useCallback(() => {
    if (!open || left.current) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('dialog');
        return next;
      },
      { replace: true },
    );
  }, [open, setParams]);
  const leave = useCallback(
    (to: string, opts?: NavigateOptions) => {
      left.current = true;
      void navigate(to, opts);
    },
    [navigate],
  );
  return { name, close, leave };
}

/**
 * Opens a page's dialog from `?dialog=`: `toAction(name)` maps the param to the page's one action state
 * (`undefined` while what it needs is loading, or when it is not offered to this user), and `open` sets it.
 * The action is adopted once, so the dialog stays open while its subject changes under it (a user just
 * suspended is no longer one to suspend). The page's `onClose` calls `close()` to drop the param.
 */
export function useDialogFromUrl<A>(toAction: (name: string) => A | undefined, open: (action: A) => void) {
  const dialog = useDialogParam();
  const [adopted, setAdopted] = useState<string | null>(null);
  if (dialog.name === null && adopted !== null) setAdopted(null);
  if (dialog.name !== null && adopted !== dialog.name) {
    const action = toAction(dialog.name);
    if (action !== undefined) {
      setAdopted(dialog.name);
      open(action);
    }
  }
  return dialog;
}

import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';

export type DiscardGuard = {
  /** Closes at once when nothing was entered; otherwise asks "Discard unsaved changes?" first. */
  requestClose: () => void;
  /** The question, while it is asked (render it inside the dialog). */
  prompt: ReactNode;
};

/**
 * The discard question every form dialog asks (the Share dialog's behaviour): Escape, a click outside or
 * Cancel on a dirty form asks before throwing the input away; a clean form closes at once.
 */
/** `dirty` may be a function, read at the moment of closing (for state kept outside React). */
export function useDiscardGuard(
  dirty: boolean | (() => boolean),
  onClose: () => void,
  what?: string,
): DiscardGuard {
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const requestClose = () => ((typeof dirty === 'function' ? dirty() : dirty) ? setAsking(true) : onClose());
  const prompt = asking ? (
    <Dialog open onClose={() => setAsking(false)} aria-labelledby={titleId} maxWidth="xs">
      <DialogTitle id={titleId}>Discard unsaved changes?</DialogTitle>
      <DialogContent>
        <Typography>{what ?? 'What you entered in this form has not been saved.'}</Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={() => setAsking(false)}>Keep editing</Button>
        <Button
          variant="contained"
          color="error"
          onClick={() => {
            setAsking(false);
            onClose();
          }}
        >
          Discard
        </Button>
      </DialogActions>
    </Dialog>
  ) : null;
  return { requestClose, prompt };
}

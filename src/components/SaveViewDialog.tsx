import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { MAX_VIEWS, nameProblem, newViewId } from '../lib/savedViews';
import type { SavedViewsStore } from '../lib/useSavedViews';
import { CancelButton } from './CancelButton';
import { FormDialog } from './FormDialog';
import { useNotify } from './NotifyContext';

type Props = {
  store: SavedViewsStore;
  list: { filter: string; pageSize: number };
  onClose: () => void;
};

/** Names the list's current filter and page size and adds them to the saved views. */
export function SaveViewDialog({ store, list, onClose }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const notify = useNotify();
  const full = store.views.length >= MAX_VIEWS;
  const submit = () => {
    const problem = nameProblem(name, store.views);
    if (problem) return setError(problem);
    const trimmed = name.trim();
    const failed = store.write([
      ...store.views,
      { id: newViewId(), name: trimmed, filter: list.filter, pageSize: list.pageSize },
    ]);
    if (failed) return setFailure(failed);
    notify({ text: `Saved the view “${trimmed}”.`, severity: 'success' });
    onClose();
  };
  return (
    <FormDialog dirty={name !== ''} onClose={onClose} maxWidth="xs" aria-labelledby="save-view-title">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <DialogTitle id="save-view-title">Save view</DialogTitle>
        <DialogContent>
          {failure && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {failure}
            </Alert>
          )}
          {full && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              You have {MAX_VIEWS} saved views here, the most a list keeps. Delete one in “Manage views”
              first.
            </Alert>
          )}
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
            Saves{' '}
            {list.filter ? (
              <>
                the filter <strong>{list.filter}</strong>
              </>
            ) : (
              'the whole list (no filter)'
            )}{' '}
            with {list.pageSize} rows per page, for you, in this browser.
          </Typography>
          <TextField
            label="Name"
            fullWidth
            // The dialog's one field: it opens with focus there, ready to type the name.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(undefined);
            }}
            error={Boolean(error)}
            helperText={error}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <CancelButton onClose={onClose} />
          <Button type="submit" variant="contained" disabled={full}>
            Save
          </Button>
        </DialogActions>
      </form>
    </FormDialog>
  );
}

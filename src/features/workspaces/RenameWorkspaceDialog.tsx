import { Alert, Button, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod/mini';
import { useRenameWorkspace } from '../../api/workspaceMutations';
import { workspaceNameSchema, type Workspace } from '../../api/workspaces';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { FormDialog } from '../../components/FormDialog';
import { CancelButton } from '../../components/CancelButton';

const schema = z.object({ name: workspaceNameSchema });

export function RenameWorkspaceDialog({ ws, onClose }: { ws: Workspace; onClose: () => void }) {
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { name: ws.name } });
  const rename = useRenameWorkspace();
  const navigate = useNavigate();
  const err = form.formState.errors;
  const submit = form.handleSubmit(({ name }) =>
    rename
      .mutateAsync(
        { ws, name },
        {
          onSuccess: () => {
            onClose();
            navigate(paths.workspace(ws.owner_name, name), { replace: true });
          },
          onError: (e) => applyServerErrors(e, form.setError, ['name']),
        },
      )
      .catch(() => undefined),
  );
  return (
    <FormDialog
      dirty={form.formState.isDirty}
      busy={rename.isPending}
      onClose={onClose}
      fullWidth
      maxWidth="xs"
      aria-labelledby="rename-ws-title"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="rename-ws-title">Rename workspace</DialogTitle>
        <DialogContent>
          {err.root?.server && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {err.root.server.message}
            </Alert>
          )}
          <TextField
            label="New name"
            fullWidth
            sx={{ mt: 1 }}
            {...form.register('name')}
            error={Boolean(err.name)}
            helperText={err.name?.message}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <CancelButton onClose={onClose} />
          <Button type="submit" variant="contained" loading={rename.isPending}>
            Rename
          </Button>
        </DialogActions>
      </form>
    </FormDialog>
  );
}

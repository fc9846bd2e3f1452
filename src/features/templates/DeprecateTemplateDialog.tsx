import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { deprecationSchema, useUpdateTemplateDeprecation } from '../../api/templateMutations';
import type { Template } from '../../api/templates';
import { CancelButton } from '../../components/CancelButton';
import { DeprecationMessage } from '../../components/DeprecationMessage';
import { FormDialog } from '../../components/FormDialog';
import { applyServerErrors, zodResolver } from '../../lib/forms';

/** Deprecates a template with a message saying why and what to use instead (links become clickable). */
export function DeprecateTemplateDialog({ template, onClose }: { template: Template; onClose: () => void }) {
  const form = useForm({
    resolver: zodResolver(deprecationSchema),
    defaultValues: { deprecation_message: '' },
  });
  const update = useUpdateTemplateDeprecation();
  const titleId = useId();
  const err = form.formState.errors;
  const message = useWatch({ control: form.control, name: 'deprecation_message' });
  const label = template.display_name || template.name;
  const submit = form.handleSubmit(({ deprecation_message }) =>
    update
      .mutateAsync(
        { template, message: deprecation_message.trim() },
        {
          onSuccess: onClose,
          onError: (e) => applyServerErrors(e, form.setError, ['deprecation_message']),
        },
      )
      .catch(() => undefined),
  );
  return (
    <FormDialog
      dirty={form.formState.isDirty}
      busy={update.isPending}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id={titleId}>Deprecate {label}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            No new workspaces can be created from a deprecated template. Workspaces already on it keep working
            and show this message to their owners.
          </DialogContentText>
          {err.root?.server && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {err.root.server.message}
            </Alert>
          )}
          <TextField
            label="Message"
            fullWidth
            multiline
            minRows={3}
            {...form.register('deprecation_message')}
            error={Boolean(err.deprecation_message)}
            helperText={
              err.deprecation_message?.message ??
              'Say why, and what to use instead. http(s) links become clickable.'
            }
          />
          {message.trim() && (
            <Alert severity="warning" sx={{ mt: 2 }} aria-label="Preview">
              <Typography variant="body2" component="p" sx={{ overflowWrap: 'anywhere' }}>
                <DeprecationMessage message={message.trim()} />
              </Typography>
            </Alert>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <CancelButton onClose={onClose} />
          <Button type="submit" variant="contained" color="warning" loading={update.isPending}>
            Deprecate
          </Button>
        </DialogActions>
      </form>
    </FormDialog>
  );
}

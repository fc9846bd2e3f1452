import { Alert, Button, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import {
  organizationRequestSchema,
  useCreateOrganization,
  type Organization,
  type OrganizationRequest,
} from '../../api/organizations';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { OrganizationFields } from './OrganizationFields';
import { FormDialog } from '../../components/FormDialog';

export function CreateOrganizationDialog(p: { onClose: () => void; onCreated: (o: Organization) => void }) {
  const create = useCreateOrganization();
  const titleId = useId();
  const form = useForm<OrganizationRequest>({
    resolver: zodResolver(organizationRequestSchema),
    defaultValues: { name: '', display_name: '', description: '', icon: '' },
  });
  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: p.onCreated,
      onError: (err) =>
        applyServerErrors(err, form.setError, ['name', 'display_name', 'description', 'icon']),
    }),
  );
  const rootError = form.formState.errors.root?.server?.message;
  return (
    <FormDialog
      dirty={form.formState.isDirty}
      busy={create.isPending}
      onClose={p.onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <DialogTitle id={titleId}>Create organization</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {rootError && <Alert severity="error">{rootError}</Alert>}
            <OrganizationFields form={form} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={p.onClose} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={create.isPending}>
            Create organization
          </Button>
        </DialogActions>
      </form>
    </FormDialog>
  );
}

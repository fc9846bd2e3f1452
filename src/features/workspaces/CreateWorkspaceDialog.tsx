import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod/mini';
import { useOrgPermissions } from '../../api/authcheck';
import { organizationsQueries } from '../../api/organizations';
import { isDeprecated, templatesQueries } from '../../api/templates';
import { useCreateWorkspace } from '../../api/workspaceMutations';
import { createWorkspaceSchema } from '../../api/workspaces';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { OwnerPicker } from './OwnerPicker';
import { FormDialog } from '../../components/FormDialog';
import { CancelButton } from '../../components/CancelButton';

const formSchema = z.extend(createWorkspaceSchema, {
  organization: z.string().check(z.minLength(1, 'Pick an organization.')),
  owner: z.string().check(z.minLength(1)),
});
type Form = z.infer<typeof formSchema>;

/** Organization → template → name, and for those allowed (authcheck) an owner other than themselves. */
export function CreateWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const orgs = useQuery(organizationsQueries.list());
  const form = useForm<Form>({
    resolver: zodResolver(formSchema),
    values: { organization: orgs.data?.[0]?.name ?? '', owner: 'me', name: '', template_id: '' },
    resetOptions: { keepDirtyValues: true },
  });
  const org = useWatch({ control: form.control, name: 'organization' });
  const orgId = orgs.data?.find((o) => o.name === org)?.id;
  const perms = useOrgPermissions(orgId).data;
  // Deprecated templates are listed too, disabled with their reason, so nobody wonders where one went.
  const templates = useQuery(templatesQueries.orgAll(org || undefined));
  const create = useCreateWorkspace();
  const navigate = useNavigate();
  const err = form.formState.errors;

  const submit = form.handleSubmit((v) =>
    create
      .mutateAsync(
        { organization: v.organization, owner: v.owner, body: { name: v.name, template_id: v.template_id } },
        {
          onSuccess: (ws) => navigate(paths.workspace(ws.owner_name, ws.name)),
          onError: (e) => applyServerErrors(e, form.setError, ['name', 'template_id']),
        },
      )
      .catch(() => undefined),
  );
  return (
    <FormDialog
      dirty={form.formState.isDirty}
      busy={create.isPending}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="create-ws-title"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="create-ws-title">Create workspace</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {err.root?.server && <Alert severity="error">{err.root.server.message}</Alert>}
            <Controller
              name="organization"
              control={form.control}
              render={({ field }) => (
                <TextField
                  select
                  label="Organization"
                  {...field}
                  onChange={(e) => {
                    field.onChange(e.target.value);
                    form.setValue('template_id', '');
                    form.setValue('owner', 'me');
                  }}
                  error={Boolean(err.organization)}
                  helperText={err.organization?.message}
                >
                  {(orgs.data ?? []).map((o) => (
                    <MenuItem key={o.id} value={o.name}>
                      {o.display_name || o.name}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            <Controller
              name="template_id"
              control={form.control}
              render={({ field }) => (
                <TextField
                  select
                  label="Template"
                  {...field}
                  error={Boolean(err.template_id)}
                  helperText={
                    err.template_id?.message ?? templates.data?.find((t) => t.id === field.value)?.description
                  }
                >
                  {(templates.data ?? []).map((t) =>
                    isDeprecated(t) ? (
                      <MenuItem key={t.id} value={t.id} disabled sx={{ whiteSpace: 'normal' }}>
                        <ListItemText
                          primary={`${t.display_name || t.name} (deprecated)`}
                          secondary={t.deprecation_message || 'This template is deprecated.'}
                          slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
                        />
                      </MenuItem>
                    ) : (
                      <MenuItem key={t.id} value={t.id}>
                        {t.display_name || t.name}
                      </MenuItem>
                    ),
                  )}
                </TextField>
              )}
            />
            <TextField
              label="Name"
              {...form.register('name')}
              error={Boolean(err.name)}
              helperText={err.name?.message ?? 'Letters, digits and hyphens, up to 32 characters.'}
              autoComplete="off"
            />
            {perms?.createWorkspaceForAny && (
              <Controller
                name="owner"
                control={form.control}
                render={({ field }) => (
                  <OwnerPicker
                    organization={org}
                    value={field.value}
                    onChange={field.onChange}
                    error={err.owner?.message}
                  />
                )}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <CancelButton onClose={onClose} />
          <Button type="submit" variant="contained" loading={create.isPending}>
            Create workspace
          </Button>
        </DialogActions>
      </form>
    </FormDialog>
  );
}

import { useNotify } from '../../components/NotifyContext';
import { Button, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { authQueries } from '../../api/auth';
import { useFeature } from '../../api/deployment';
import { organizationsQueries, type Organization } from '../../api/organizations';
import { useCreateUser } from '../../api/userMutations';
import { createUserSchema, type CreateUserForm, type User } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { CreateUserFields } from './CreateUserFields';
import { FormDialog } from '../../components/FormDialog';
import { useFormDialogDirty } from '../../components/formDialogContext';
import { CancelButton } from '../../components/CancelButton';

type Props = { onClose: () => void; onCreated: (u: User) => void };

const FIELDS = ['username', 'name', 'email', 'login_type', 'password', 'organization_ids', 'service_account'];

/** Create user: loads what the form needs (orgs, sign-in methods, Premium), then the form. */
export function CreateUserDialog({ onClose, onCreated }: Props) {
  const orgs = useQuery(organizationsQueries.list());
  const methods = useQuery(authQueries.methods());
  const serviceAccounts = useFeature('service_accounts');
  const titleId = useId();
  const ready = orgs.data && methods.data && serviceAccounts !== undefined;
  return (
    <FormDialog onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Create user</DialogTitle>
      {orgs.isError ? (
        <DialogContent>
          <ErrorAlert error={orgs.error} />
        </DialogContent>
      ) : ready ? (
        <CreateUserForm
          orgs={orgs.data}
          loginTypes={[
            'password',
            'none',
            ...(methods.data.github?.enabled ? (['github'] as const) : []),
            ...(methods.data.oidc?.enabled ? (['oidc'] as const) : []),
          ]}
          serviceAccounts={serviceAccounts}
          onClose={onClose}
          onCreated={onCreated}
        />
      ) : (
        <Loader label="Loading form" />
      )}
    </FormDialog>
  );
}

function CreateUserForm(
  p: Props & { orgs: Organization[]; loginTypes: CreateUserForm['login_type'][]; serviceAccounts: boolean },
) {
  const defaultOrg = p.orgs.find((o) => o.is_default) ?? p.orgs[0];
  const form = useForm<CreateUserForm>({
    resolver: zodResolver(createUserSchema),
    defaultValues: {
      username: '',
      name: '',
      email: '',
      login_type: 'password',
      password: '',
      organization_ids: defaultOrg ? [defaultOrg.id] : [],
      service_account: false,
    },
  });
  const create = useCreateUser();
  useFormDialogDirty(form.formState.isDirty);
  const notify = useNotify();
  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (u) => {
        notify({
          text: u.is_service_account
            ? `Service account ${u.username} created.`
            : `User ${u.username} created.`,
        });
        p.onCreated(u);
      },
      onError: (e) => applyServerErrors(e, form.setError, FIELDS),
    }),
  );
  const rootError = form.formState.errors.root?.server?.message;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Create user">
      <DialogContent>
        <Stack spacing={2.5}>
          {rootError && <ErrorAlert error={new Error(rootError)} />}
          <CreateUserFields
            form={form}
            orgs={p.orgs}
            loginTypes={p.loginTypes}
            serviceAccounts={p.serviceAccounts}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <CancelButton onClose={p.onClose} disabled={create.isPending} />
        <Button type="submit" variant="contained" loading={create.isPending}>
          Create user
        </Button>
      </DialogActions>
    </form>
  );
}

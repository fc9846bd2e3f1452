import { Button, Stack, TextField, Typography } from '@mui/material';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { useUpdateProfile } from '../../api/userMutations';
import { realNameSchema, type User } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyServerErrors, zodResolver } from '../../lib/forms';

const schema = z.object({ name: realNameSchema });

/** Your own name (`PUT /users/me/profile` keeps the username). */
export function AccountNameForm({ me }: { me: User }) {
  const form = useForm<{ name: string }>({ resolver: zodResolver(schema), values: { name: me.name ?? '' } });
  const update = useUpdateProfile();
  const { errors, isDirty } = form.formState;
  const submit = form.handleSubmit(({ name }) =>
    update.mutate(
      { user: me, body: { username: me.username, name } },
      { onError: (e) => applyServerErrors(e, form.setError, ['name']) },
    ),
  );
  return (
    <Stack component="form" noValidate spacing={2} aria-label="Profile" onSubmit={(e) => void submit(e)}>
      {errors.root?.server && <ErrorAlert error={new Error(errors.root.server.message)} />}
      {/* Read-only, not disabled: the value and its note stay readable (disabled text fails contrast). */}
      <TextField
        label="Username"
        value={me.username}
        helperText="Ask a user admin to change it."
        slotProps={{ htmlInput: { readOnly: true } }}
      />
      <TextField
        label="Name"
        {...form.register('name')}
        error={Boolean(errors.name)}
        helperText={errors.name?.message}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button type="submit" variant="contained" disabled={!isDirty} loading={update.isPending}>
          Save name
        </Button>
        <Typography role="status" variant="body2" color="text.secondary">
          {update.isSuccess && !isDirty ? 'Saved.' : ''}
        </Typography>
      </Stack>
    </Stack>
  );
}

import { Button, Stack, TextField } from '@mui/material';
import { useForm } from 'react-hook-form';
import { useUpdateProfile } from '../../api/userMutations';
import { profileSchema, type ProfileForm as Values, type User } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyServerErrors, zodResolver } from '../../lib/forms';

type Props = { user: User; canRename: boolean; onSaved?: (u: User) => void };

/** Username (needs user:update) and name, as `PUT /users/{user}/profile` takes them. */
export function ProfileForm({ user, canRename, onSaved }: Props) {
  const form = useForm<Values>({
    resolver: zodResolver(profileSchema),
    values: { username: user.username, name: user.name ?? '' },
  });
  const update = useUpdateProfile();
  const { errors, isDirty } = form.formState;
  const submit = form.handleSubmit((body) =>
    update.mutate(
      { user, body },
      {
        onSuccess: (u) => onSaved?.(u),
        onError: (e) => applyServerErrors(e, form.setError, ['username', 'name']),
      },
    ),
  );
  return (
    <Stack component="form" noValidate spacing={2} aria-label="Profile" onSubmit={(e) => void submit(e)}>
      {errors.root?.server && <ErrorAlert error={new Error(errors.root.server.message)} />}
      <TextField
        label="Username"
        {...form.register('username')}
        disabled={!canRename}
        error={Boolean(errors.username)}
        helperText={
          errors.username?.message ?? (canRename ? undefined : 'Only user admins can change usernames.')
        }
      />
      <TextField
        label="Name"
        {...form.register('name')}
        error={Boolean(errors.name)}
        helperText={errors.name?.message}
      />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={!isDirty} loading={update.isPending}>
          Save profile
        </Button>
        {update.isSuccess && !isDirty && <span role="status">Saved.</span>}
      </Stack>
    </Stack>
  );
}

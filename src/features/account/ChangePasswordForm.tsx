import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod/mini';
import { useUpdatePassword } from '../../api/userMutations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { setSessionToken } from '../../lib/session';

const schema = z
  .object({
    old_password: z.string().check(z.minLength(1, 'Enter your current password.')),
    password: z
      .string()
      .check(z.minLength(1, 'Enter a new password.'), z.maxLength(64, 'At most 64 characters.')),
    confirm_password: z.string(),
  })
  .check(
    z.refine((v) => v.password === v.confirm_password, {
      path: ['confirm_password'],
      message: 'The passwords do not match.',
    }),
  );
type Values = z.infer<typeof schema>;

/** Your own password: the old one is required; Coder then ends every session, so you sign in again. */
export function ChangePasswordForm() {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { old_password: '', password: '', confirm_password: '' },
  });
  const update = useUpdatePassword();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { errors } = form.formState;
  const submit = form.handleSubmit(({ old_password, password }) =>
    update.mutate(
      { user: 'me', body: { old_password, password } },
      { onError: (e) => applyServerErrors(e, form.setError, ['old_password', 'password']) },
    ),
  );
  const signInAgain = () => {
    setSessionToken(undefined);
    qc.clear();
    void navigate(paths.login(paths.account()));
  };
  const field = (name: keyof Values, label: string, autoComplete: string) => (
    <TextField
      label={label}
      type="password"
      autoComplete={autoComplete}
      {...form.register(name)}
      error={Boolean(errors[name])}
      helperText={errors[name]?.message}
    />
  );
  return (
    <Stack
      component="form"
      noValidate
      spacing={2}
      aria-label="Change password"
      onSubmit={(e) => void submit(e)}
    >
      {errors.root?.server && <ErrorAlert error={new Error(errors.root.server.message)} />}
      {field('old_password', 'Current password', 'current-password')}
      {field('password', 'New password', 'new-password')}
      {field('confirm_password', 'Confirm new password', 'new-password')}
      <div>
        <Button type="submit" variant="contained" loading={update.isPending}>
          Change password
        </Button>
      </div>
      <Dialog open={update.isSuccess} aria-labelledby="pw-changed-title">
        <DialogTitle id="pw-changed-title">Password changed</DialogTitle>
        <DialogContent>
          <Typography>
            Every session of your account has ended. Sign in again with your new password.
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={signInAgain}>
            Sign in again
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}

import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  apiKeyQueries,
  createTokenSchema,
  tokenScopes,
  useCreateToken,
  type CreateTokenForm,
} from '../../api/apiKeys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { lifetimeLabel, lifetimeOptions, scopeText } from './tokenOptions';
import { TokenSecret } from './TokenSecret';
import { FormDialog } from '../../components/FormDialog';
import { useFormDialogDirty } from '../../components/formDialogContext';
import { CancelButton } from '../../components/CancelButton';

type Props = { user: { id: string; username: string }; onClose: () => void };

/** Create a token: name, lifetime (up to the deployment's maximum) and scope; then the secret, once. */
export function CreateTokenDialog({ user, onClose }: Props) {
  const config = useQuery(apiKeyQueries.config(user.id));
  const [key, setKey] = useState<string>();
  const titleId = useId();
  return (
    // While the secret is on screen, only "Done" closes: an Escape must not lose it by accident.
    <FormDialog busy={Boolean(key)} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{key ? 'Token created' : `Create a token for ${user.username}`}</DialogTitle>
      {key ? (
        <>
          <DialogContent>
            <TokenSecret secret={key} />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button variant="contained" onClick={onClose}>
              Done
            </Button>
          </DialogActions>
        </>
      ) : config.isError ? (
        <DialogContent>
          <ErrorAlert error={config.error} onRetry={() => void config.refetch()} />
        </DialogContent>
      ) : config.data ? (
        <TokenForm
          userId={user.id}
          lifetimes={lifetimeOptions(config.data.max_token_lifetime)}
          onCreated={setKey}
          onClose={onClose}
        />
      ) : (
        <Loader label="Loading token settings" />
      )}
    </FormDialog>
  );
}

function TokenForm(p: {
  userId: string;
  lifetimes: number[];
  onCreated: (key: string) => void;
  onClose: () => void;
}) {
  const form = useForm<CreateTokenForm>({
    resolver: zodResolver(createTokenSchema),
    defaultValues: {
      token_name: '',
      lifetime_days: p.lifetimes.includes(30) ? 30 : (p.lifetimes[p.lifetimes.length - 1] ?? 1),
      scope: 'coder:all',
    },
  });
  const create = useCreateToken(p.userId);
  useFormDialogDirty(form.formState.isDirty);
  const err = form.formState.errors;
  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (r) => p.onCreated(r.key),
      onError: (e) => applyServerErrors(e, form.setError, ['token_name']),
    }),
  );
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Create token">
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {err.root?.server && <Alert severity="error">{err.root.server.message}</Alert>}
          <TextField
            label="Name"
            {...form.register('token_name')}
            error={Boolean(err.token_name)}
            helperText={err.token_name?.message ?? 'Say where it is used, e.g. ci-deploy.'}
          />
          <Controller
            control={form.control}
            name="lifetime_days"
            render={({ field }) => (
              <TextField
                select
                label="Lifetime"
                value={field.value}
                onChange={(e) => field.onChange(Number(e.target.value))}
                helperText={`At most ${lifetimeLabel(p.lifetimes[p.lifetimes.length - 1] ?? 1)} on this deployment.`}
              >
                {p.lifetimes.map((d) => (
                  <MenuItem key={d} value={d}>
                    {lifetimeLabel(d)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Controller
            control={form.control}
            name="scope"
            render={({ field }) => (
              <TextField select label="Scope" {...field}>
                {tokenScopes.map((s) => (
                  <MenuItem key={s} value={s}>
                    {scopeText[s]}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <CancelButton onClose={p.onClose} disabled={create.isPending} />
        <Button type="submit" variant="contained" loading={create.isPending}>
          Create token
        </Button>
      </DialogActions>
    </form>
  );
}

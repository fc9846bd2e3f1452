import {
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  InputLabel,
  MenuItem,
  OutlinedInput,
  Select,
  Stack,
  TextField,
} from '@mui/material';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { Organization } from '../../api/organizations';
import type { CreateUserForm } from '../../api/users';
import { usePasswordCheck } from './usePasswordCheck';

const loginTypeText: Record<CreateUserForm['login_type'], string> = {
  password: 'Password',
  none: 'None (API tokens only)',
  github: 'GitHub',
  oidc: 'OpenID Connect',
};

type Props = {
  form: UseFormReturn<CreateUserForm>;
  orgs: Organization[];
  loginTypes: CreateUserForm['login_type'][];
  serviceAccounts: boolean;
};

export function CreateUserFields({ form, orgs, loginTypes, serviceAccounts }: Props) {
  const { register, control, watch, formState } = form;
  const errors = formState.errors;
  const sa = watch('service_account');
  const loginType = watch('login_type');
  const strength = usePasswordCheck(!sa && loginType === 'password' ? watch('password') : '');
  return (
    <>
      <TextField
        label="Username"
        required
        {...register('username')}
        error={Boolean(errors.username)}
        helperText={errors.username?.message ?? '1–32 letters, numbers and single hyphens.'}
      />
      <TextField
        label="Full name"
        {...register('name')}
        error={Boolean(errors.name)}
        helperText={errors.name?.message}
      />
      <FormControlLabel
        disabled={!serviceAccounts}
        control={
          <Controller
            control={control}
            name="service_account"
            render={({ field }) => (
              <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />
            )}
          />
        }
        label={
          serviceAccounts
            ? 'Service account (no email, no password; signs in with API tokens)'
            : 'Service account (needs Coder Premium)'
        }
      />
      {!sa && (
        <>
          <TextField
            label="Email"
            type="email"
            required
            {...register('email')}
            error={Boolean(errors.email)}
            helperText={errors.email?.message}
          />
          <Controller
            control={control}
            name="login_type"
            render={({ field }) => (
              <TextField
                select
                label="Login type"
                {...field}
                error={Boolean(errors.login_type)}
                helperText={errors.login_type?.message}
              >
                {loginTypes.map((t) => (
                  <MenuItem key={t} value={t}>
                    {loginTypeText[t]}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          {loginType === 'password' && (
            <TextField
              label="Password"
              type="password"
              required
              autoComplete="new-password"
              {...register('password')}
              error={Boolean(errors.password) || Boolean(strength && strength !== 'Strong enough.')}
              helperText={
                errors.password?.message ??
                strength ??
                'Long and varied: Coder requires about 52 bits of entropy.'
              }
            />
          )}
        </>
      )}
      <Controller
        control={control}
        name="organization_ids"
        render={({ field }) => (
          <FormControl error={Boolean(errors.organization_ids)}>
            <InputLabel id="create-user-orgs">Organizations</InputLabel>
            <Select
              labelId="create-user-orgs"
              multiple
              value={field.value}
              onChange={(e) =>
                field.onChange(
                  typeof e.target.value === 'string' ? e.target.value.split(',') : e.target.value,
                )
              }
              input={<OutlinedInput label="Organizations" />}
              renderValue={(ids) => (
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {ids.map((id) => {
                    const o = orgs.find((x) => x.id === id);
                    return <Chip key={id} size="small" label={o?.display_name || o?.name || id} />;
                  })}
                </Stack>
              )}
            >
              {orgs.map((o) => (
                <MenuItem key={o.id} value={o.id}>
                  {o.display_name || o.name}
                </MenuItem>
              ))}
            </Select>
            <FormHelperText>
              {errors.organization_ids?.message ?? 'The user joins these as a member.'}
            </FormHelperText>
          </FormControl>
        )}
      />
    </>
  );
}

import {
  Alert,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { OrgPermissions } from '../../api/authcheck';
import type { AssignableRole } from '../../api/common';
import type { Organization } from '../../api/organizations';
import {
  customRoleFormSchema,
  rolesQueries,
  useCreateCustomRole,
  useUpdateCustomRole,
  type CustomRoleForm,
} from '../../api/roles';
import { Loader } from '../../components/Loader';
import { ForbiddenPage, NotFoundPage } from '../../components/StatusPage';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { PermissionMatrix } from './PermissionMatrix';
import { roleStarters } from './roleStarters';

type Props = { org: Organization; perms: OrgPermissions };

/** `/organizations/:org/roles/new` creates; `/roles/:name` edits a custom role. */
export function CustomRolePage({ org, perms }: Props) {
  const { roleName = '' } = useParams();
  const isNew = roleName === 'new';
  const roles = useQuery(rolesQueries.org(org.id));
  if (isNew ? !perms.createOrgRoles : !perms.updateOrgRoles) return <ForbiddenPage what="custom roles" />;
  if (!isNew && !roles.data) return <Loader />;
  const role = roles.data?.find((r) => r.name === roleName && !r.built_in);
  if (!isNew && !role) return <NotFoundPage />;
  return <CustomRoleForm org={org} role={role} />;
}

function CustomRoleForm({ org, role }: { org: Organization; role?: AssignableRole }) {
  const create = useCreateCustomRole(org.id);
  const update = useUpdateCustomRole(org.id);
  const mutation = role ? update : create;
  const navigate = useNavigate();
  const form = useForm<CustomRoleForm>({
    resolver: zodResolver(customRoleFormSchema),
    defaultValues: {
      name: role?.name ?? '',
      display_name: role?.display_name ?? '',
      organization_permissions: role?.organization_permissions ?? [],
    },
  });
  const e = form.formState.errors;
  const [starter, setStarter] = useState('');
  // An example fills these fields without typing: their labels must move out of the way (MUI only sees
  // typing and focus on a registered field).
  const [name, displayName] = useWatch({ control: form.control, name: ['name', 'display_name'] });
  const filled = { name: name ? true : undefined, display_name: displayName ? true : undefined };
  /** Fills the form from an example; a name or display name the admin typed themselves is kept. */
  const start = (name: string) => {
    const from = roleStarters.find((r) => r.name === starter);
    const to = roleStarters.find((r) => r.name === name);
    setStarter(name);
    for (const key of ['name', 'display_name'] as const) {
      const now = form.getValues(key);
      if (now === '' || now === from?.[key]) form.setValue(key, to?.[key] ?? '', { shouldDirty: true });
    }
    form.setValue('organization_permissions', to?.organization_permissions ?? [], { shouldDirty: true });
  };
  const submit = form.handleSubmit((values) =>
    mutation.mutate(values, {
      onSuccess: () => navigate(paths.organizationRoles(org.name)),
      onError: (err) => applyServerErrors(err, form.setError, ['name', 'display_name']),
    }),
  );
  return (
    <form
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-label={role ? 'Edit custom role' : 'Create custom role'}
    >
      <Stack spacing={3}>
        <Typography variant="h2">
          {role ? `Edit ${role.display_name || role.name}` : 'Create custom role'}
        </Typography>
        {e.root?.server && <Alert severity="error">{e.root.server.message}</Alert>}
        {!role && (
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h2" id="role-starter-label" sx={{ mb: 0.5 }}>
                Start from an example
              </Typography>
              <Typography color="text.secondary" sx={{ mb: 1 }}>
                Coder’s examples of custom roles. Picking one fills the permissions below; change any of them
                before saving.
              </Typography>
              <RadioGroup
                aria-labelledby="role-starter-label"
                value={starter}
                onChange={(ev) => start(ev.target.value)}
              >
                <FormControlLabel value="" control={<Radio />} label="Blank: no permissions" />
                {roleStarters.map((r) => (
                  <FormControlLabel
                    key={r.name}
                    value={r.name}
                    control={<Radio />}
                    sx={{ alignItems: 'flex-start', mt: 1, '& .MuiRadio-root': { mt: -1 } }}
                    label={
                      <>
                        <Typography sx={{ fontWeight: 600 }}>{r.display_name}</Typography>
                        <Typography variant="body2" color="text.secondary">
                          {r.summary}
                        </Typography>
                      </>
                    }
                  />
                ))}
              </RadioGroup>
            </CardContent>
          </Card>
        )}
        <Card variant="outlined">
          <CardContent>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <TextField
                label="Name"
                required
                fullWidth
                // Read-only, not disabled, once the role exists: its note stays readable (contrast).
                slotProps={{ htmlInput: { readOnly: Boolean(role) }, inputLabel: { shrink: filled.name } }}
                {...form.register('name')}
                error={Boolean(e.name)}
                helperText={
                  e.name?.message ?? (role ? 'A role’s name cannot change.' : 'Letters, numbers and hyphens.')
                }
              />
              <TextField
                label="Display name"
                required
                fullWidth
                slotProps={{ inputLabel: { shrink: filled.display_name } }}
                {...form.register('display_name')}
                error={Boolean(e.display_name)}
                helperText={e.display_name?.message ?? 'Shown when picking roles for members.'}
              />
            </Stack>
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h2" sx={{ mb: 0.5 }}>
              Permissions
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              Holders may do the checked actions on everything of that kind in {org.display_name || org.name}.
            </Typography>
            <Controller
              control={form.control}
              name="organization_permissions"
              render={({ field }) => <PermissionMatrix value={field.value} onChange={field.onChange} />}
            />
          </CardContent>
        </Card>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" loading={mutation.isPending}>
            {role ? 'Save role' : 'Create role'}
          </Button>
          <Button component={RouterLink} to={paths.organizationRoles(org.name)}>
            Cancel
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}

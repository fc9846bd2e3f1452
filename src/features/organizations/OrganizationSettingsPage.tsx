import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { OrgPermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import {
  organizationRequestSchema,
  useDeleteOrganization,
  useUpdateOrganization,
  type Organization,
  type OrganizationRequest,
} from '../../api/organizations';
import { NeedsPremium } from '../../components/NeedsPremium';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { OrganizationFields } from './OrganizationFields';
import { TerraformExportCard } from './terraform/TerraformExportCard';
import { FormActions } from '../../components/FormActions';

const FIELDS = ['name', 'display_name', 'description', 'icon'];

export function OrganizationSettingsPage({ org, perms }: { org: Organization; perms: OrgPermissions }) {
  const update = useUpdateOrganization(org.name);
  const del = useDeleteOrganization();
  const premium = useFeature('multiple_organizations');
  const navigate = useNavigate();
  const [action, setAction] = useState<{ kind: 'delete' }>();
  const [saved, setSaved] = useState(false);
  const canEdit = perms.editSettings && premium === true;
  const form = useForm<OrganizationRequest>({
    resolver: zodResolver(organizationRequestSchema),
    values: { name: org.name, display_name: org.display_name, description: org.description, icon: org.icon },
  });
  const submit = form.handleSubmit((values) => {
    setSaved(false);
    update.mutate(values, {
      onSuccess: (o) => {
        setSaved(true);
        if (o.name !== org.name) navigate(paths.organizationSettings(o.name), { replace: true });
      },
      onError: (err) => applyServerErrors(err, form.setError, FIELDS),
    });
  });
  const rootError = form.formState.errors.root?.server?.message;
  return (
    <Stack spacing={3} sx={{ maxWidth: 720 }}>
      {premium === false && perms.editSettings && (
        <NeedsPremium
          feature="Multiple organizations"
          description="Editing organization settings needs the multiple organizations entitlement."
        />
      )}
      <Card variant="outlined">
        <CardContent>
          <form onSubmit={(e) => void submit(e)} noValidate aria-label="Organization settings">
            <Stack spacing={2}>
              <Typography variant="h2">Settings</Typography>
              {!perms.editSettings && (
                <Alert severity="info">Only organization admins and owners can change these settings.</Alert>
              )}
              {rootError && <Alert severity="error">{rootError}</Alert>}
              {saved && !form.formState.isDirty && <Alert severity="success">Settings saved.</Alert>}
              <OrganizationFields form={form} readOnly={!canEdit} />
              {canEdit && (
                <FormActions
                  saveLabel="Save changes"
                  saving={update.isPending}
                  dirty={form.formState.isDirty}
                  onReset={() => form.reset()}
                  alwaysSave
                />
              )}
            </Stack>
          </form>
        </CardContent>
      </Card>
      <TerraformExportCard org={org} perms={perms} />
      {perms.deleteOrganization && premium === true && (
        <Card variant="outlined" sx={{ borderColor: 'error.main' }}>
          <CardContent>
            <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
              <Typography variant="h2">Delete organization</Typography>
              {org.is_default ? (
                <Typography color="text.secondary">
                  This is the default organization: every new user joins it, so it cannot be deleted.
                </Typography>
              ) : (
                <>
                  <Typography color="text.secondary">
                    Deleting is permanent. Coder refuses while the organization still has workspaces,
                    templates, groups or members other than you; remove those first.
                  </Typography>
                  <Button color="error" variant="outlined" onClick={() => setAction({ kind: 'delete' })}>
                    Delete organization…
                  </Button>
                </>
              )}
            </Stack>
          </CardContent>
        </Card>
      )}
      {action?.kind === 'delete' && (
        <TypedConfirmDialog
          title={`Delete ${org.display_name || org.name}?`}
          expected={org.name}
          confirmLabel="Delete organization"
          onConfirm={() => del.mutateAsync(org).then(() => navigate(paths.organizations()))}
          onClose={() => setAction(undefined)}
        >
          <Typography>The organization and its Everyone group will be removed.</Typography>
        </TypedConfirmDialog>
      )}
    </Stack>
  );
}

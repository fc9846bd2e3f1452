import { Alert, Card, CardContent, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useDebounce } from 'use-debounce';
import { usePermissions } from '../../api/authcheck';
import { useFeature } from '../../api/deployment';
import { idpSyncQueries, useSaveOrganizationSync, type OrganizationSyncSettings } from '../../api/idpSync';
import { organizationsQueries } from '../../api/organizations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { NeedsPremium } from '../../components/NeedsPremium';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage, isApiError } from '../../lib/http';
import { ClaimFieldInput } from './idpSync/ClaimFieldInput';
import { MappingEditor, type MappingTarget } from './idpSync/MappingEditor';
import { useMappingDraft } from './idpSync/syncForm';
import { FormActions } from '../../components/FormActions';

/** Deployment-wide organization sync (owners and user admins; the route guard checks `idpsync_settings` read). */
export function OrganizationSyncPage() {
  const premium = useFeature('template_rbac');
  const perms = usePermissions();
  const settings = useQuery({ ...idpSyncQueries.organization(), enabled: premium === true });
  return (
    <>
      <PageHeader
        title="Organization sync"
        description="Adds users to organizations from a claim their identity provider sends, across the deployment."
      />
      <Stack spacing={3} sx={{ maxWidth: 880 }}>
        {premium === false && (
          <NeedsPremium
            feature="IdP sync"
            description="Syncing organizations from your identity provider needs a Premium license."
          />
        )}
        {premium && (
          <Alert severity="info">
            Changes apply at each user’s next sign-in with your identity provider; users already signed in
            keep their organizations until then.
          </Alert>
        )}
        {premium && perms.data && !perms.data.editOrganizationSync && (
          <Alert severity="info">
            You can view these settings; only owners and user admins can change them.
          </Alert>
        )}
        {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
        {premium && (settings.isPending || !perms.data) && !settings.isError && <Loader />}
        {settings.data && perms.data && (
          <OrganizationSyncForm settings={settings.data} canEdit={perms.data.editOrganizationSync} />
        )}
      </Stack>
    </>
  );
}

function OrganizationSyncForm({
  settings,
  canEdit,
}: {
  settings: OrganizationSyncSettings;
  canEdit: boolean;
}) {
  const save = useSaveOrganizationSync();
  const orgs = useQuery(organizationsQueries.list());
  const fields = useQuery(idpSyncQueries.fields());
  const [field, setField] = useState(settings.field);
  const [assignDefault, setAssignDefault] = useState(settings.organization_assign_default);
  const [saved, setSaved] = useState(false);
  const mapping = useMappingDraft(settings.mapping);
  const [valuesField] = useDebounce(field.trim(), 300);
  const values = useQuery(idpSyncQueries.fieldValues(valuesField));
  const configDirty = field !== settings.field || assignDefault !== settings.organization_assign_default;
  const dirty = configDirty || mapping.dirty;
  const targets: MappingTarget[] = (orgs.data ?? []).map((o) => ({
    id: o.id,
    label: o.display_name || o.name,
  }));
  const error = save.error
    ? `${errorMessage(save.error)}${isApiError(save.error) && save.error.detail ? ` ${save.error.detail}` : ''}`
    : undefined;
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(false);
    save.mutate(
      {
        config: configDirty ? { field: field.trim(), assign_default: assignDefault } : undefined,
        mapping: mapping.diff,
      },
      {
        onSuccess: (s) => {
          setField(s.field);
          setAssignDefault(s.organization_assign_default);
          mapping.reset(s.mapping);
          setSaved(true);
        },
      },
    );
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <form onSubmit={submit} noValidate aria-label="Organization sync">
          <Stack spacing={2}>
            {error && <Alert severity="error">{error}</Alert>}
            {saved && !dirty && <Alert severity="success">Organization sync saved.</Alert>}
            <ClaimFieldInput
              value={field}
              onChange={setField}
              fields={fields.data ?? []}
              readOnly={!canEdit}
              helperText="The claim naming a user’s organizations, e.g. department. Empty turns organization sync off."
            />
            <FormControlLabel
              label="Assign the default organization"
              control={
                <Switch
                  checked={assignDefault}
                  onChange={(_, v) => setAssignDefault(v)}
                  disabled={!canEdit}
                  slotProps={{ input: { 'aria-describedby': 'assign-default-help' } }}
                />
              }
            />
            <Typography
              id="assign-default-help"
              variant="body2"
              color="text.secondary"
              sx={{ mt: '0 !important' }}
            >
              Every user stays a member of the default organization, whatever their claims say.
            </Typography>
            <Typography variant="h2">Mapping</Typography>
            <MappingEditor
              caption="Organization mapping"
              noun="Organizations"
              mapping={mapping.draft}
              onChange={mapping.setDraft}
              readOnly={!canEdit}
              claimValues={values.data ?? []}
              targets={targets}
            />
            {canEdit && (
              <FormActions
                saveLabel="Save organization sync"
                saving={save.isPending}
                dirty={dirty}
                onReset={() => {
                  setField(settings.field);
                  setAssignDefault(settings.organization_assign_default);
                  mapping.reset(settings.mapping);
                }}
              />
            )}
          </Stack>
        </form>
      </CardContent>
    </Card>
  );
}

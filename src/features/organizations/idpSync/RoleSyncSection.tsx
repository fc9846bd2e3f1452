import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useDebounce } from 'use-debounce';
import { idpSyncQueries, useSaveRoleSync, type RoleSyncSettings } from '../../../api/idpSync';
import { errorMessage, isApiError } from '../../../lib/http';
import { ClaimFieldInput } from './ClaimFieldInput';
import { MappingEditor, type MappingTarget } from './MappingEditor';
import { useMappingDraft } from './syncForm';
import { FormActions } from '../../../components/FormActions';

type Props = {
  orgId: string;
  settings: RoleSyncSettings;
  fields: readonly string[];
  roles: readonly MappingTarget[];
  canEdit: boolean;
};

export function RoleSyncSection({ orgId, settings, fields, roles, canEdit }: Props) {
  const save = useSaveRoleSync(orgId);
  const [field, setField] = useState(settings.field);
  const [saved, setSaved] = useState(false);
  const mapping = useMappingDraft(settings.mapping);
  const [valuesField] = useDebounce(field.trim(), 300);
  const values = useQuery(idpSyncQueries.orgFieldValues(orgId, valuesField));
  const fieldDirty = field !== settings.field;
  const dirty = fieldDirty || mapping.dirty;
  const error = save.error
    ? `${errorMessage(save.error)}${isApiError(save.error) && save.error.detail ? ` ${save.error.detail}` : ''}`
    : undefined;
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(false);
    save.mutate(
      { config: fieldDirty ? { field: field.trim() } : undefined, mapping: mapping.diff },
      {
        onSuccess: (s) => {
          setField(s.field);
          mapping.reset(s.mapping);
          setSaved(true);
        },
      },
    );
  };
  return (
    <Card variant="outlined" id="role-sync">
      <CardContent>
        <form onSubmit={submit} noValidate aria-label="Role sync">
          <Stack spacing={2}>
            <Typography variant="h2">Role sync</Typography>
            <Typography color="text.secondary">
              Gives users organization roles from a claim their identity provider sends. Synced roles replace
              the roles assigned here at each sign-in.
            </Typography>
            {error && <Alert severity="error">{error}</Alert>}
            {saved && !dirty && <Alert severity="success">Role sync saved.</Alert>}
            <ClaimFieldInput
              value={field}
              onChange={setField}
              fields={fields}
              readOnly={!canEdit}
              helperText="The claim that lists a user’s roles, e.g. roles. Empty turns role sync off."
            />
            <Typography variant="h3">Mapping</Typography>
            <MappingEditor
              caption="Role mapping"
              noun="Roles"
              mapping={mapping.draft}
              onChange={mapping.setDraft}
              readOnly={!canEdit}
              claimValues={values.data ?? []}
              targets={roles}
            />
            {canEdit && (
              <FormActions
                saveLabel="Save role sync"
                saving={save.isPending}
                dirty={dirty}
                onReset={() => {
                  setField(settings.field);
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

import {
  Alert,
  Card,
  CardContent,
  FormControlLabel,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useDebounce } from 'use-debounce';
import {
  groupSyncConfigSchema,
  idpSyncQueries,
  regexError,
  toGroupSyncConfigRequest,
  useSaveGroupSync,
  type GroupSyncConfigForm,
  type GroupSyncSettings,
} from '../../../api/idpSync';
import { ClaimFieldInput } from './ClaimFieldInput';
import { MappingEditor, type MappingTarget } from './MappingEditor';
import { RegexPreview } from './RegexPreview';
import { applySyncError, useMappingDraft } from './syncForm';
import { FormActions } from '../../../components/FormActions';
import { zodResolver } from '../../../lib/forms';

const FIELDS = ['field', 'regex_filter', 'auto_create_missing_groups'];
const formOf = (s: GroupSyncSettings): GroupSyncConfigForm => ({
  field: s.field,
  regex_filter: s.regex_filter ?? '',
  auto_create_missing_groups: s.auto_create_missing_groups,
});

type Props = {
  orgId: string;
  settings: GroupSyncSettings;
  fields: readonly string[];
  groups: readonly MappingTarget[];
  canEdit: boolean;
  /** A group id whose mapping rows are highlighted. */
  highlight?: string;
};

export function GroupSyncSection({ orgId, settings, fields, groups, canEdit, highlight }: Props) {
  const save = useSaveGroupSync(orgId);
  const [saved, setSaved] = useState(false);
  const form = useForm<GroupSyncConfigForm>({
    resolver: zodResolver(groupSyncConfigSchema),
    defaultValues: formOf(settings),
  });
  const mapping = useMappingDraft(settings.mapping);
  const [field, pattern] = useWatch({ control: form.control, name: ['field', 'regex_filter'] });
  const [valuesField] = useDebounce(field.trim(), 300);
  const values = useQuery(idpSyncQueries.orgFieldValues(orgId, valuesField));
  const submit = form.handleSubmit((f) => {
    setSaved(false);
    const config = form.formState.isDirty ? toGroupSyncConfigRequest(f) : undefined;
    save.mutate(
      { config, mapping: mapping.diff },
      {
        onSuccess: (s) => {
          form.reset(formOf(s));
          mapping.reset(s.mapping);
          setSaved(true);
        },
        onError: (err) => applySyncError(err, form.setError, FIELDS),
      },
    );
  });
  const e = form.formState.errors;
  const dirty = form.formState.isDirty || mapping.dirty;
  const legacy = Object.keys(settings.legacy_group_name_mapping ?? {}).length;
  return (
    <Card variant="outlined" id="group-sync">
      <CardContent>
        <form onSubmit={(ev) => void submit(ev)} noValidate aria-label="Group sync">
          <Stack spacing={2}>
            <Typography variant="h2">Group sync</Typography>
            <Typography color="text.secondary">
              Puts users into this organization’s groups from a claim their identity provider sends.
            </Typography>
            {e.root?.server && <Alert severity="error">{e.root.server.message}</Alert>}
            {saved && !dirty && <Alert severity="success">Group sync saved.</Alert>}
            <ClaimFieldInput
              value={field}
              onChange={(v) => form.setValue('field', v, { shouldDirty: true })}
              fields={fields}
              readOnly={!canEdit}
              error={e.field?.message}
              helperText="The claim that lists a user’s groups, e.g. groups. Empty turns group sync off."
            />
            <TextField
              label="Regex filter"
              {...form.register('regex_filter')}
              slotProps={{ htmlInput: { readOnly: !canEdit, spellCheck: false } }}
              error={Boolean(e.regex_filter)}
              helperText={
                e.regex_filter?.message ??
                'Only claim values this Go regular expression matches are synced. Empty keeps them all.'
              }
            />
            <RegexPreview
              pattern={pattern}
              values={values.data ?? []}
              invalid={pattern !== '' && regexError(pattern) !== undefined}
            />
            <Controller
              control={form.control}
              name="auto_create_missing_groups"
              render={({ field: f }) => (
                <FormControlLabel
                  label="Auto-create missing groups"
                  control={
                    <Switch
                      checked={f.value}
                      onChange={(_, v) => f.onChange(v)}
                      disabled={!canEdit}
                      slotProps={{ input: { 'aria-describedby': 'auto-create-help' } }}
                    />
                  }
                />
              )}
            />
            <Typography
              id="auto-create-help"
              variant="body2"
              color="text.secondary"
              sx={{ mt: '0 !important' }}
            >
              A kept claim value with no mapping and no group of that name creates the group at sign-in.
            </Typography>
            <Typography variant="h3">Mapping</Typography>
            {highlight && !Object.values(mapping.draft).some((ids) => ids.includes(highlight)) && (
              <Alert severity="info">
                No mapping row gives {groups.find((g) => g.id === highlight)?.label ?? 'this group'}: a synced
                group without one is filled from the claim value of the same name.
              </Alert>
            )}
            <MappingEditor
              caption="Group mapping"
              noun="Groups"
              mapping={mapping.draft}
              onChange={mapping.setDraft}
              readOnly={!canEdit}
              claimValues={values.data ?? []}
              targets={groups}
              highlight={highlight}
            />
            {legacy > 0 && (
              <Alert severity="info">
                {legacy} legacy name mapping{legacy === 1 ? '' : 's'} from the server’s flags also apply;
                saving here keeps them.
              </Alert>
            )}
            {canEdit && (
              <FormActions
                saveLabel="Save group sync"
                saving={save.isPending}
                dirty={dirty}
                onReset={() => {
                  form.reset(formOf(settings));
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

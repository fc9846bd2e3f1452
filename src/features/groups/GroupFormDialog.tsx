import {
  Alert,
  Avatar,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod/mini';
import { groupFormSchema, useCreateGroup, usePatchGroup, type Group, type GroupForm } from '../../api/groups';
import { applyServerErrors, zodResolver } from '../../lib/forms';
import { FormDialog } from '../../components/FormDialog';
import { imageSrc } from '../../lib/imageUrl';

/** Everyone's name is reserved, so it is not re-validated (nor sent). */
const everyoneSchema = z.extend(groupFormSchema, { name: z.string() });

const FIELDS = ['name', 'display_name', 'avatar_url', 'quota_allowance'];

type Props = { orgId: string; onClose: () => void; onSaved: (g: Group) => void };

export function CreateGroupDialog(p: Props) {
  const create = useCreateGroup(p.orgId);
  return <GroupFormDialog {...p} title="Create group" submitLabel="Create group" mutation={create} />;
}

export function EditGroupDialog(p: Props & { group: Group }) {
  const patch = usePatchGroup(p.group);
  return <GroupFormDialog {...p} title="Edit group" submitLabel="Save group" mutation={patch} />;
}

/** Name, display name, avatar (with preview) and quota; Everyone keeps its name and display name. */
function GroupFormDialog(
  p: Props & {
    group?: Group;
    title: string;
    submitLabel: string;
    mutation: {
      mutate: (v: GroupForm, o: { onSuccess: (g: Group) => void; onError: (e: unknown) => void }) => void;
      isPending: boolean;
    };
  },
) {
  const everyone = p.group ? p.group.id === p.group.organization_id : false;
  const titleId = useId();
  const form = useForm<GroupForm>({
    resolver: zodResolver(everyone ? everyoneSchema : groupFormSchema),
    defaultValues: {
      name: p.group?.name ?? '',
      display_name: p.group?.display_name ?? '',
      avatar_url: p.group?.avatar_url ?? '',
      quota_allowance: p.group?.quota_allowance ?? 0,
    },
  });
  const e = form.formState.errors;
  const avatar = useWatch({ control: form.control, name: 'avatar_url' });
  const name = useWatch({ control: form.control, name: 'name' });
  const submit = form.handleSubmit((values) => {
    const body = everyone
      ? { avatar_url: values.avatar_url, quota_allowance: values.quota_allowance }
      : values;
    p.mutation.mutate(body as GroupForm, {
      onSuccess: p.onSaved,
      onError: (err) => applyServerErrors(err, form.setError, FIELDS),
    });
  });
  return (
    <FormDialog
      dirty={form.formState.isDirty}
      busy={p.mutation.isPending}
      onClose={p.onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{p.title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {e.root?.server && <Alert severity="error">{e.root.server.message}</Alert>}
            {everyone && (
              <Alert severity="info">
                The Everyone group’s name and display name are fixed; you can change its avatar and quota.
              </Alert>
            )}
            <TextField
              label="Name"
              required
              disabled={everyone}
              {...form.register('name')}
              error={Boolean(e.name)}
              helperText={
                e.name?.message ?? 'Letters, numbers and single hyphens; unique in the organization.'
              }
            />
            <TextField
              label="Display name"
              disabled={everyone}
              {...form.register('display_name')}
              error={Boolean(e.display_name)}
              helperText={e.display_name?.message ?? 'Optional; shown instead of the name.'}
            />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField
                label="Avatar URL"
                fullWidth
                {...form.register('avatar_url')}
                error={Boolean(e.avatar_url)}
                helperText={
                  e.avatar_url?.message ?? 'An image URL or an emoji path such as /emojis/1f680.png.'
                }
              />
              <Avatar
                src={imageSrc(avatar)}
                alt=""
                role="img"
                aria-label="Avatar preview"
                sx={{ width: 56, height: 56 }}
              >
                {(name || '?').slice(0, 1).toUpperCase()}
              </Avatar>
            </Stack>
            <TextField
              label="Quota allowance"
              type="number"
              {...form.register('quota_allowance', { valueAsNumber: true })}
              error={Boolean(e.quota_allowance)}
              helperText={
                e.quota_allowance?.message ?? 'Workspace-quota credits each member gets from this group.'
              }
              slotProps={{ htmlInput: { min: 0, step: 1 } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={p.onClose} disabled={p.mutation.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={p.mutation.isPending}>
            {p.submitLabel}
          </Button>
        </DialogActions>
      </form>
    </FormDialog>
  );
}

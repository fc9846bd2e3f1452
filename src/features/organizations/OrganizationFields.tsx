import { Avatar, Stack, TextField } from '@mui/material';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { OrganizationRequest } from '../../api/organizations';
import { imageSrc } from '../../lib/imageUrl';

/**
 * The fields of `CreateOrganizationRequest` / `UpdateOrganizationRequest`, shared by create and settings.
 * `readOnly` for those who may look but not change: read-only, not disabled, so values and notes stay
 * readable (disabled text fails contrast).
 */
export function OrganizationFields({
  form,
  readOnly,
}: {
  form: UseFormReturn<OrganizationRequest>;
  readOnly?: boolean;
}) {
  const ro = { htmlInput: { readOnly } };
  const { register, formState, control } = form;
  const e = formState.errors;
  const icon = useWatch({ control, name: 'icon' });
  const name = useWatch({ control, name: 'name' });
  return (
    <Stack spacing={2}>
      <TextField
        label="Name"
        required
        slotProps={ro}
        {...register('name')}
        error={Boolean(e.name)}
        helperText={
          e.name?.message ?? 'Used in URLs and the CLI: letters, numbers and single hyphens, at most 32.'
        }
      />
      <TextField
        label="Display name"
        slotProps={ro}
        {...register('display_name')}
        error={Boolean(e.display_name)}
        helperText={e.display_name?.message ?? 'Shown in the dashboard; defaults to the name.'}
      />
      <TextField
        label="Description"
        multiline
        minRows={2}
        slotProps={ro}
        {...register('description')}
        error={Boolean(e.description)}
        helperText={e.description?.message}
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label="Icon URL"
          fullWidth
          slotProps={ro}
          {...register('icon')}
          error={Boolean(e.icon)}
          helperText={e.icon?.message ?? 'An image URL or an emoji path such as /emojis/1f3e2.png.'}
        />
        <Avatar
          src={imageSrc(icon)}
          alt=""
          role="img"
          aria-label="Icon preview"
          variant="rounded"
          sx={{ width: 56, height: 56 }}
        >
          {(name || '?').slice(0, 1).toUpperCase()}
        </Avatar>
      </Stack>
    </Stack>
  );
}

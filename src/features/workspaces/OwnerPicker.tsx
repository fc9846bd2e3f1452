import { Autocomplete, TextField } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { workspaceAclQueries } from '../../api/workspaceAcl';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

type Props = { organization: string; value: string; onChange: (username: string) => void; error?: string };

/** Owner for a new workspace: "me" or any member of the organization (service accounts included), searched on the server. */
export function OwnerPicker({ organization, value, onChange, error }: Props) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, 250);
  const members = useQuery({
    ...workspaceAclQueries.members(organization || undefined, q === 'me' ? '' : q),
    placeholderData: keepPreviousData,
  });
  const options = ['me', ...(members.data?.members.map((m) => m.username) ?? [])];
  const sa = new Set(members.data?.members.filter((m) => m.is_service_account).map((m) => m.username));
  return (
    <Autocomplete
      options={[...new Set(options)]}
      value={value}
      onChange={(_, v) => onChange(v ?? 'me')}
      onInputChange={(_, v, reason) => {
        if (reason === 'input') setText(v);
      }}
      filterOptions={(o) => o}
      getOptionLabel={(o) => (o === 'me' ? 'me (yourself)' : sa.has(o) ? `${o} (service account)` : o)}
      loading={members.isFetching}
      disableClearable
      renderInput={(params) => (
        <TextField
          {...params}
          label="Owner"
          error={Boolean(error)}
          helperText={error ?? 'Admins may create workspaces for members and service accounts.'}
        />
      )}
    />
  );
}

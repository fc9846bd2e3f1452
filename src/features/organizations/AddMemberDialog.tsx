import { Autocomplete, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAddMember } from '../../api/members';
import { usersQueries, type User } from '../../api/users';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { UserCell } from '../../components/UserCell';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

/** Picks a user by searching the server (`GET /api/v2/users?q=`), then adds them to the organization. */
export function AddMemberDialog(p: { orgId: string; orgName: string; onClose: () => void }) {
  const add = useAddMember(p.orgId);
  const [input, setInput] = useState('');
  const [user, setUser] = useState<User | null>(null);
  const q = useDebouncedValue(input.trim(), 250);
  const users = useQuery({ ...usersQueries.list({ filter: q, page: 1, pageSize: 10 }), staleTime: 10_000 });
  return (
    <ConfirmDialog
      title={`Add a member to ${p.orgName}`}
      confirmLabel="Add member"
      confirmDisabled={!user}
      dirty={Boolean(user || input.trim())}
      onConfirm={() => add.mutateAsync(user?.id ?? '')}
      onClose={p.onClose}
    >
      <Typography color="text.secondary">
        The user joins with the default member roles; grant more roles from the members table.
      </Typography>
      <Autocomplete
        options={users.data?.users ?? []}
        value={user}
        onChange={(_, v) => setUser(v)}
        inputValue={input}
        onInputChange={(_, v) => setInput(v)}
        filterOptions={(x) => x}
        getOptionLabel={(u) => u.username}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={users.isFetching}
        noOptionsText={q ? 'No users match' : 'Type to search users'}
        renderOption={({ key, ...props }, u) => (
          <li key={key} {...props}>
            <UserCell
              username={u.username}
              avatarUrl={u.avatar_url}
              secondary={u.email || u.name}
              size={28}
            />
          </li>
        )}
        renderInput={(params) => (
          <TextField {...params} label="User" placeholder="Search by username or email" />
        )}
      />
    </ConfirmDialog>
  );
}

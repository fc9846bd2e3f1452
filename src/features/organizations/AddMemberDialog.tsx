import { Typography } from '@mui/material';
import { useState } from 'react';
import { useAddMember } from '../../api/members';
import { usersQueries, type User } from '../../api/users';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ServerSearchAutocomplete } from '../../components/ServerSearchAutocomplete';
import { UserCell } from '../../components/UserCell';

/** Picks a user by searching the server (`GET /api/v2/users?q=`), then adds them to the organization. */
export function AddMemberDialog(p: { orgId: string; orgName: string; onClose: () => void }) {
  const add = useAddMember(p.orgId);
  const [user, setUser] = useState<User | null>(null);
  return (
    <ConfirmDialog
      title={`Add a member to ${p.orgName}`}
      confirmLabel="Add member"
      confirmDisabled={!user}
      dirty={Boolean(user)}
      onConfirm={() => add.mutateAsync(user?.id ?? '')}
      onClose={p.onClose}
    >
      <Typography color="text.secondary">
        The user joins with the default member roles; grant more roles from the members table.
      </Typography>
      <ServerSearchAutocomplete
        label="User"
        placeholder="Search by username or email"
        search={(q) => ({ ...usersQueries.list({ filter: q, page: 1, pageSize: 10 }), staleTime: 10_000 })}
        toOptions={(data) => data?.users ?? []}
        value={user}
        onChange={(_, v) => setUser(v)}
        getOptionLabel={(u) => u.username}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        noOptionsText="No users match"
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
      />
    </ConfirmDialog>
  );
}

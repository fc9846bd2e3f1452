import { Autocomplete, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { usePatchGroup, type Group } from '../../api/groups';
import { membersQueries, type MemberWithUserData } from '../../api/members';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { UserCell } from '../../components/UserCell';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { groupLabel } from './groupLabel';

/** Picks one of the organization's members (server-side search) and adds them to the group. */
export function AddGroupMemberDialog({ group, onClose }: { group: Group; onClose: () => void }) {
  const patch = usePatchGroup(group);
  const [input, setInput] = useState('');
  const [member, setMember] = useState<MemberWithUserData | null>(null);
  const q = useDebouncedValue(input.trim(), 250);
  const members = useQuery({
    ...membersQueries.list(group.organization_id, { filter: q, page: 1, pageSize: 10 }),
    staleTime: 10_000,
  });
  return (
    <ConfirmDialog
      title={`Add a member to ${groupLabel(group)}`}
      confirmLabel="Add to group"
      confirmDisabled={!member}
      onConfirm={() => patch.mutateAsync({ add_users: member ? [member.user_id] : [] })}
      onClose={onClose}
    >
      <Typography color="text.secondary">
        Only members of {group.organization_display_name || group.organization_name} can join its groups.
      </Typography>
      <Autocomplete
        options={members.data?.members ?? []}
        value={member}
        onChange={(_, v) => setMember(v)}
        inputValue={input}
        onInputChange={(_, v) => setInput(v)}
        filterOptions={(x) => x}
        getOptionLabel={(m) => m.username}
        isOptionEqualToValue={(a, b) => a.user_id === b.user_id}
        loading={members.isFetching}
        noOptionsText={q ? 'No members match' : 'Type to search members'}
        renderOption={({ key, ...props }, m) => (
          <li key={key} {...props}>
            <UserCell
              username={m.username}
              avatarUrl={m.avatar_url}
              secondary={m.email || m.name}
              size={28}
            />
          </li>
        )}
        renderInput={(params) => (
          <TextField {...params} label="Member" placeholder="Search by username or email" />
        )}
      />
    </ConfirmDialog>
  );
}

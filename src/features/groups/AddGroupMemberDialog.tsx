import { Chip, Typography } from '@mui/material';
import { useState } from 'react';
import { type Group, type ReducedUser } from '../../api/groups';
import { useGroupMembership } from '../../api/groupMembership';
import { membersQueries, type MemberWithUserData } from '../../api/members';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOfferUndo } from '../../components/useOfferUndo';
import { UserCell } from '../../components/UserCell';
import { plural } from '../../lib/plural';
import { ServerSearchAutocomplete } from '../../components/ServerSearchAutocomplete';
import { groupLabel } from './groupLabel';

/**
 * Picks any number of the organization's members (server-side search, one chip per pick) and adds them
 * all with one PATCH (`add_users` is a list). People already in the group are offered but disabled.
 */
export function AddGroupMemberDialog({ group, onClose }: { group: Group; onClose: () => void }) {
  const membership = useGroupMembership(group);
  const offerUndo = useOfferUndo();
  const [picked, setPicked] = useState<MemberWithUserData[]>([]);
  const already = new Set((group.members ?? []).map((m) => m.id));
  const label = groupLabel(group);
  return (
    <ConfirmDialog
      title={`Add members to ${label}`}
      confirmLabel={picked.length > 1 ? `Add ${picked.length} to group` : 'Add to group'}
      confirmDisabled={picked.length === 0}
      dirty={picked.length > 0}
      onConfirm={() => {
        const v = { add: picked.map(asGroupMember) };
        const who = picked.length === 1 ? (picked[0]?.username ?? '') : plural(picked.length, 'member');
        return membership.mutateAsync(v).then((g) =>
          offerUndo({
            text: `${who} added to ${label}.`,
            what: `add ${who} to ${label}`,
            undo: membership.undoFor(v, g),
            undone: `${who} ${picked.length === 1 ? 'is' : 'are'} no longer in ${label}.`,
          }),
        );
      }}
      onClose={onClose}
    >
      <Typography color="text.secondary">
        Only members of {group.organization_display_name || group.organization_name} can join its groups. Pick
        as many as you like; they are added together.
      </Typography>
      <ServerSearchAutocomplete
        label="Members"
        placeholder="Search by username or email"
        search={(q) => ({
          ...membersQueries.list(group.organization_id, { filter: q, page: 1, pageSize: 10 }),
          staleTime: 10_000,
        })}
        toOptions={(data) => data?.members ?? []}
        clearOnPick
        multiple
        value={picked}
        onChange={(_, v) => setPicked(v)}
        getOptionLabel={(m) => m.username}
        getOptionDisabled={(m) => already.has(m.user_id)}
        isOptionEqualToValue={(a, b) => a.user_id === b.user_id}
        noOptionsText="No members match"
        renderValue={(value, getItemProps) =>
          value.map((m, index) => {
            const { key, ...itemProps } = getItemProps({ index });
            return <Chip key={key} size="small" label={m.username} {...itemProps} />;
          })
        }
        renderOption={({ key, ...props }, m) => (
          <li key={key} {...props}>
            <UserCell
              username={m.username}
              avatarUrl={m.avatar_url}
              secondary={already.has(m.user_id) ? 'Already in this group' : m.email || m.name}
              size={28}
            />
          </li>
        )}
      />
    </ConfirmDialog>
  );
}

/** The group-member row an organization member will have (shown before the server answers). */
const asGroupMember = (m: MemberWithUserData): ReducedUser => ({
  id: m.user_id,
  username: m.username,
  name: m.name,
  email: m.email,
  avatar_url: m.avatar_url,
  created_at: m.created_at,
  last_seen_at: m.last_seen_at,
  status: m.status === 'active' || m.status === 'dormant' || m.status === 'suspended' ? m.status : undefined,
  login_type: m.login_type,
  is_service_account: m.is_service_account,
});

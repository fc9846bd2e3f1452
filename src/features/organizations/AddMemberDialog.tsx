import { Typography } from '@mui/material';
import { useState } from 'react';
import { useOrgMembership, type MemberWithUserData, type MembershipChange } from '../../api/members';
import { usersQueries, type User } from '../../api/users';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOfferUndo } from '../../components/useOfferUndo';
import { ServerSearchAutocomplete } from '../../components/ServerSearchAutocomplete';
import { UserCell } from '../../components/UserCell';

/** Picks a user by searching the server (`GET /api/v2/users?q=`), then adds them to the organization. */
export function AddMemberDialog(p: { orgId: string; orgName: string; onClose: () => void }) {
  const add = useOrgMembership(p.orgId);
  const offerUndo = useOfferUndo();
  const [user, setUser] = useState<User | null>(null);
  /** The new row shows at once (where the list's order puts it), with Undo once saved. */
  const confirm = (u: User) => {
    const v = { change: 'add', member: asMember(u, p.orgId) } satisfies MembershipChange;
    return add.mutateAsync(v).then(() =>
      offerUndo({
        text: `${u.username} added to ${p.orgName}.`,
        what: `add ${u.username}`,
        undo: add.undoFor(v, undefined),
        undone: `${u.username} is no longer a member of ${p.orgName}.`,
      }),
    );
  };
  return (
    <ConfirmDialog
      title={`Add a member to ${p.orgName}`}
      confirmLabel="Add member"
      confirmDisabled={!user}
      dirty={Boolean(user)}
      onConfirm={() => (user ? confirm(user) : Promise.resolve())}
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

/** The member row a new member will have: the user's fields, no explicit organization roles yet. */
const asMember = (u: User, orgId: string): MemberWithUserData => ({
  user_id: u.id,
  organization_id: orgId,
  created_at: new Date().toISOString(),
  updated_at: new Date().toISOString(),
  roles: [],
  username: u.username,
  name: u.name,
  avatar_url: u.avatar_url,
  email: u.email,
  status: u.status,
  login_type: u.login_type,
  last_seen_at: u.last_seen_at,
  is_service_account: u.is_service_account,
  global_roles: u.roles,
});

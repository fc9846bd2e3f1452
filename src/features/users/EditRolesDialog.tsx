import { Checkbox, FormControlLabel, FormGroup, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useUpdateUserRoles } from '../../api/userMutations';
import { usersQueries, type User } from '../../api/users';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useOfferUndo } from '../../components/useOfferUndo';
import { Loader } from '../../components/Loader';
import { roleDescriptions } from '../../lib/roleDescriptions';

const Option = ({ label, description }: { label: string; description?: string }) => (
  <Stack sx={{ py: 0.5 }}>
    <Typography sx={{ fontWeight: 600 }}>{label}</Typography>
    {description && (
      <Typography variant="body2" color="text.secondary">
        {description}
      </Typography>
    )}
  </Stack>
);

/** Site roles the server lists; the ones the caller may not assign are disabled with the reason. */
export function EditRolesDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const roles = useQuery(usersQueries.siteRoles());
  const [picked, setPicked] = useState(() => new Set(user.roles.map((r) => r.name)));
  const update = useUpdateUserRoles();
  const offerUndo = useOfferUndo();
  const before = user.roles
    .map((r) => r.name)
    .sort()
    .join(',');
  const unchanged = [...picked].sort().join(',') === before;
  return (
    <ConfirmDialog
      title={`Site roles for ${user.username}`}
      confirmLabel="Save roles"
      confirmDisabled={unchanged || !roles.data}
      dirty={!unchanged}
      onConfirm={() => {
        // Display names from the server's list, so the row shows the new chips at once.
        const known = new Map([...user.roles, ...(roles.data ?? [])].map((r) => [r.name, r]));
        const v = {
          user,
          roles: [...picked].map((name) => ({ name, display_name: known.get(name)?.display_name ?? name })),
        };
        return update.mutateAsync(v).then((u) =>
          offerUndo({
            text: `Site roles of ${user.username} saved.`,
            what: `site role change for ${user.username}`,
            undo: update.undoFor(v, u),
            undone: `Site roles of ${user.username} are back as they were.`,
          }),
        );
      }}
      onClose={onClose}
    >
      {roles.isPending && <Loader label="Loading roles" />}
      {roles.isError && <ErrorAlert error={roles.error} />}
      {roles.data && (
        <FormGroup>
          <FormControlLabel
            control={<Checkbox checked disabled />}
            label={<Option label="Member" description="Implicit for every user; always on." />}
          />
          {roles.data.map((r) => {
            const blocked = !r.assignable;
            const label = r.display_name || r.name;
            return (
              <FormControlLabel
                key={r.name}
                disabled={blocked}
                control={
                  <Checkbox
                    checked={picked.has(r.name)}
                    onChange={(e) =>
                      setPicked((prev) => {
                        const next = new Set(prev);
                        if (e.target.checked) next.add(r.name);
                        else next.delete(r.name);
                        return next;
                      })
                    }
                  />
                }
                label={
                  <Option
                    label={label}
                    description={
                      blocked
                        ? `${roleDescriptions[r.name] ?? ''} Your roles do not allow assigning or removing ${label}.`.trim()
                        : roleDescriptions[r.name]
                    }
                  />
                }
              />
            );
          })}
        </FormGroup>
      )}
    </ConfirmDialog>
  );
}

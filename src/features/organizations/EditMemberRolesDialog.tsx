import { Checkbox, FormControlLabel, FormGroup, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import type { AssignableRole } from '../../api/common';
import { useUpdateMemberRoles, type MemberWithUserData } from '../../api/members';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { useOfferUndo } from '../../components/useOfferUndo';
import { roleDescription } from './roleDescription';

/**
 * Replaces a member's explicit org roles; roles the caller may not grant are shown but locked. Opens at
 * once: while the organization's roles are still loading it says so, and if they could not be loaded it
 * shows the error with Retry (a click on "Edit roles" used to do nothing until they had arrived).
 */
export function EditMemberRolesDialog(p: {
  orgId: string;
  member: MemberWithUserData;
  /** The organization's assignable roles: undefined while loading. */
  roles: AssignableRole[] | undefined;
  rolesError?: unknown;
  onRetryRoles?: () => void;
  /** The organization's `default_org_member_roles`: every member has them, so they show checked and locked. */
  defaults?: string[];
  onClose: () => void;
}) {
  const defaults = new Set(p.defaults ?? []);
  const update = useUpdateMemberRoles(p.orgId);
  const offerUndo = useOfferUndo();
  const [selected, setSelected] = useState(() => new Set((p.member.roles ?? []).map((r) => r.name)));
  const toggle = (name: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  const before = [...new Set((p.member.roles ?? []).map((r) => r.name))].sort().join(',');
  return (
    <ConfirmDialog
      dirty={[...selected].sort().join(',') !== before}
      confirmDisabled={!p.roles}
      title={`Roles of ${p.member.username}`}
      confirmLabel="Save roles"
      onConfirm={() => {
        const known = new Map([...(p.member.roles ?? []), ...(p.roles ?? [])].map((r) => [r.name, r]));
        const v = {
          member: p.member,
          roles: [...selected]
            .filter((r) => !defaults.has(r))
            .map((name) => ({ name, display_name: known.get(name)?.display_name ?? name })),
        };
        const who = p.member.username;
        return update.mutateAsync(v).then((m) =>
          offerUndo({
            text: `Roles of ${who} saved.`,
            what: `role change for ${who}`,
            undo: update.undoFor(v, m),
            undone: `Roles of ${who} are back as they were.`,
          }),
        );
      }}
      onClose={p.onClose}
    >
      <Typography color="text.secondary">
        Every member already has the organization’s default roles. Pick what else they may do here.
      </Typography>
      {!p.roles &&
        (p.rolesError ? (
          <ErrorAlert error={p.rolesError} title="Could not load the roles" onRetry={p.onRetryRoles} />
        ) : (
          <Loader label="Loading roles" />
        ))}
      <FormGroup aria-label="Organization roles">
        {(p.roles ?? []).map((r) => {
          const byDefault = defaults.has(r.name);
          const control = (
            <FormControlLabel
              key={r.name}
              disabled={!r.assignable || byDefault}
              control={
                <Checkbox checked={byDefault || selected.has(r.name)} onChange={() => toggle(r.name)} />
              }
              label={
                <Stack sx={{ py: 0.5 }}>
                  <Typography>{r.display_name || r.name}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {byDefault
                      ? `${roleDescription(r)} Every member has it: it is one of this organization’s default roles.`
                      : roleDescription(r)}
                  </Typography>
                </Stack>
              }
            />
          );
          return r.assignable || byDefault ? (
            control
          ) : (
            <Tooltip key={r.name} title="Your roles do not allow granting this role." placement="left">
              <span>{control}</span>
            </Tooltip>
          );
        })}
      </FormGroup>
    </ConfirmDialog>
  );
}

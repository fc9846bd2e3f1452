import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useRotateAccess, workspaceAclQueries, type AclRole, type RotateStep } from '../../api/workspaceAcl';
import type { Workspace } from '../../api/workspaces';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ShareeAutocomplete } from './ShareeAutocomplete';
import { useSharingContext } from './useSharingContext';
import type { NewSharee } from './useStagedAcl';

type Entry = { key: string; label: string };

/** Seed 000's rotate-access.sh as one action: remove outgoing, add incoming, restart, show the result. */
export function RotateAccessDialog({ ws, onClose }: { ws: Workspace; onClose: () => void }) {
  const acl = useQuery(workspaceAclQueries.acl(ws.id));
  const ctx = useSharingContext(ws);
  const [outgoing, setOutgoing] = useState<Entry>();
  const [incoming, setIncoming] = useState<NewSharee>();
  const [role, setRole] = useState<AclRole>('use');
  const [progress, setProgress] = useState<RotateStep>('sharing');
  const current: Entry[] = [
    ...(acl.data?.users ?? []).map((u) => ({ key: `user:${u.id}`, label: `${u.username} (${u.role})` })),
    ...(acl.data?.group ?? []).map((g) => ({ key: `group:${g.id}`, label: `${g.name} (group, ${g.role})` })),
  ];
  // The ACL is refetched once the outgoing is removed; the choice stays on screen (and retryable) regardless.
  const choices = outgoing && !current.some((c) => c.key === outgoing.key) ? [...current, outgoing] : current;
  const rotate = useRotateAccess(ws.id);
  const step = rotate.isSuccess ? 'done' : rotate.isPending ? progress : 'idle';
  const start = () => {
    if (!incoming) return;
    const user_roles: Record<string, AclRole | ''> = {};
    const group_roles: Record<string, AclRole | ''> = {};
    const [kind, id = ''] = (outgoing?.key ?? '').split(':');
    if (outgoing) (kind === 'user' ? user_roles : group_roles)[id] = '';
    (incoming.kind === 'user' ? user_roles : group_roles)[incoming.id] = role;
    rotate.mutate({ patch: { user_roles, group_roles }, onStep: setProgress });
  };
  const exclude = new Set([`user:${ws.owner_id}`, ...current.map((c) => c.key)]);
  return (
    <Dialog
      open
      onClose={rotate.isPending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="rotate-title"
    >
      <DialogTitle id="rotate-title">Rotate access to {ws.name}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography color="text.secondary">
            Removes the outgoing user or group, shares with the incoming one, then restarts the workspace so
            the removal takes effect.
          </Typography>
          <TextField
            select
            label="Outgoing"
            value={outgoing?.key ?? ''}
            onChange={(e) => setOutgoing(choices.find((c) => c.key === e.target.value))}
            disabled={step !== 'idle'}
          >
            <MenuItem value="">
              <em>Nobody (only add)</em>
            </MenuItem>
            {choices.map((c) => (
              <MenuItem key={c.key} value={c.key}>
                {c.label}
              </MenuItem>
            ))}
          </TextField>
          {incoming ? (
            <Alert
              severity="info"
              action={
                step === 'idle' && (
                  <Button color="inherit" size="small" onClick={() => setIncoming(undefined)}>
                    Change
                  </Button>
                )
              }
            >
              Incoming: <strong>{incoming.name}</strong>
              {incoming.kind === 'group' ? ' (group)' : ''}
            </Alert>
          ) : (
            <ShareeAutocomplete
              organizationId={ws.organization_id}
              exclude={exclude}
              onPick={setIncoming}
              label="Incoming user or group"
            />
          )}
          <TextField
            select
            label="Incoming role"
            value={role}
            onChange={(e) => setRole(e.target.value as AclRole)}
            disabled={step !== 'idle'}
          >
            <MenuItem value="use">use</MenuItem>
            <MenuItem value="admin" disabled={!ctx.adminAllowedForNew}>
              admin
            </MenuItem>
          </TextField>
          {rotate.isError && <ErrorAlert title="Rotation stopped" error={rotate.error} />}
          {step === 'sharing' && <Alert severity="info">Updating access…</Alert>}
          {step === 'restarting' && <Alert severity="info">Restarting the workspace…</Alert>}
          {step === 'done' && (
            <>
              <Alert severity="success">Access rotated and the workspace restarted.</Alert>
              <List dense aria-label="Resulting access">
                <ListItem>
                  <ListItemText primary={ws.owner_name} secondary="Owner" />
                </ListItem>
                {current.map((c) => (
                  <ListItem key={c.key}>
                    <ListItemText primary={c.label} />
                  </ListItem>
                ))}
              </List>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={rotate.isPending}>
          {step === 'done' ? 'Close' : 'Cancel'}
        </Button>
        {step !== 'done' && (
          <Button variant="contained" disabled={!incoming} loading={rotate.isPending} onClick={start}>
            Apply and restart
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

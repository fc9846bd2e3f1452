import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Avatar,
  Stack,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { workspaceAclQueries } from '../../api/workspaceAcl';
import type { Workspace } from '../../api/workspaces';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { AccessRowItem } from './AccessRowItem';
import { RestartNotice } from './RestartNotice';
import { ADMIN_SHAREE_REASON } from './roles';
import { ShareeAutocomplete } from './ShareeAutocomplete';
import { useSharingContext } from './useSharingContext';
import { useStagedAcl } from './useStagedAcl';
import { useAclSave } from './useAclSave';
import { imageSrc } from '../../lib/imageUrl';

type Props = { ws: Workspace; onClose: () => void; onRotate: () => void };

/** Current access with staged role changes, additions and removals; one PATCH on Save. */
export function ShareDialog({ ws, onClose, onRotate }: Props) {
  const acl = useQuery(workspaceAclQueries.acl(ws.id));
  const ctx = useSharingContext(ws);
  const staged = useStagedAcl(acl.data);
  const saving = useAclSave(ws);
  const { save, undo } = saving;
  const [removedSaved, setRemovedSaved] = useState(false);
  // Save is disabled while it runs (and after, with nothing staged), which drops the keyboard focus: it
  // lands on Close after a save, back on Save after a failure.
  const closeRef = useRef<HTMLButtonElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  // Nobody shares with themselves (Coder refuses it on Save): the picker does not offer the owner or you.
  const exclude = new Set([
    `user:${ws.owner_id}`,
    ...(ctx.meId ? [`user:${ctx.meId}`] : []),
    ...staged.rows.map((r) => `${r.kind}:${r.id}`),
  ]);
  const guard = useDiscardGuard(
    staged.dirty,
    () => {
      saving.handOff();
      onClose();
    },
    `Your changes to who can access ${ws.name} have not been saved.`,
  );
  const close = guard.requestClose;
  // The list shows the saved state at once (the cache holds it while the PATCH runs).
  const submit = () =>
    acl.data &&
    saving.submit(
      { id: ws.id, before: acl.data, after: staged.after(ws.organization_id) },
      {
        onSuccess: () => {
          if (staged.removesSomeone) setRemovedSaved(true);
          staged.reset();
          closeRef.current?.focus();
        },
        onError: () => setTimeout(() => saveRef.current?.focus(), 0),
      },
    );
  return (
    // While Save runs, a stray click outside (a double click on Save, after the error above it went and the
    // button moved up) neither closes the dialog nor asks to discard what is being saved.
    <Dialog
      open
      onClose={save.isPending ? undefined : close}
      fullWidth
      maxWidth="md"
      aria-labelledby="share-title"
    >
      <DialogTitle id="share-title">Share {ws.name}</DialogTitle>
      <DialogContent>
        {/* Room for the search field's floating label under the title. */}
        <Stack spacing={2} sx={{ pt: 1 }}>
          <ShareeAutocomplete
            focusOnOpen
            organizationId={ws.organization_id}
            exclude={exclude}
            onPick={(s) => staged.add(s, 'use')}
          />
          {!ctx.adminAllowedForNew && (
            <Typography variant="body2" color="text.secondary">
              {ADMIN_SHAREE_REASON}
            </Typography>
          )}
          {acl.isError && <ErrorAlert error={acl.error} onRetry={() => void acl.refetch()} />}
          {!acl.data && !acl.isError ? (
            <Loader label="Loading access" />
          ) : (
            <List aria-label="Current access" disablePadding>
              <ListItem divider aria-label={`${ws.owner_name} (owner)`}>
                <ListItemAvatar>
                  <Avatar src={imageSrc(ws.owner_avatar_url)} alt="">
                    {ws.owner_name.slice(0, 1).toUpperCase()}
                  </Avatar>
                </ListItemAvatar>
                <ListItemText primary={ws.owner_name} secondary="Owner" />
              </ListItem>
              {staged.rows.map((r) => (
                <AccessRowItem
                  key={`${r.kind}:${r.id}`}
                  row={r}
                  self={r.kind === 'user' && r.id === ctx.meId && !ctx.shareAll && !r.added}
                  adminAllowed={ctx.adminAllowedForNew || !r.added}
                  onRole={(role) => staged.setRole(r, role)}
                  // Staged with Undo until Save: no second question.
                  onRemove={() => staged.remove(r)}
                  onUndo={() => staged.undo(r)}
                />
              ))}
              {staged.rows.length === 0 && (
                <ListItem>
                  <ListItemText secondary="Not shared with anyone yet." />
                </ListItem>
              )}
            </List>
          )}
          {save.isError && <ErrorAlert title="Changes not saved" error={save.error} />}
          {save.isSuccess && !staged.dirty && !removedSaved && !undo.isSuccess && (
            <Alert severity="success">Sharing saved.</Alert>
          )}
          {removedSaved && !undo.isSuccess && <RestartNotice ws={ws} />}
          {undo.isSuccess && !staged.dirty && <Alert severity="success">Sharing changes undone.</Alert>}
          {undo.isError && <ErrorAlert title="Could not undo" error={undo.error} />}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, justifyContent: 'space-between' }}>
        <Button onClick={onRotate} disabled={staged.dirty}>
          Rotate access…
        </Button>
        <Stack direction="row" spacing={1}>
          {saving.canUndo && !staged.dirty && (
            <Button
              aria-label={saving.undoName}
              onClick={() => {
                setRemovedSaved(false);
                saving.undoLast();
                closeRef.current?.focus();
              }}
            >
              Undo
            </Button>
          )}
          <Button ref={closeRef} onClick={close}>
            {staged.dirty ? 'Cancel' : 'Close'}
          </Button>
          <Button
            ref={saveRef}
            variant="contained"
            disabled={!staged.dirty}
            loading={save.isPending}
            onClick={submit}
          >
            Save
          </Button>
        </Stack>
      </DialogActions>
      {guard.prompt}
    </Dialog>
  );
}

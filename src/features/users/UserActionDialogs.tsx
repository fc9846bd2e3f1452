import { Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { useSetUserStatus, type StatusChange } from '../../api/userMutations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOfferUndo } from '../../components/useOfferUndo';
import { paths } from '../../lib/paths';
import { BulkDialog } from './BulkDialog';
import { CreateUserDialog } from './CreateUserDialog';
import { DeleteUserDialog } from './DeleteUserDialog';
import { EditRolesDialog } from './EditRolesDialog';
import { ExportDialog } from './ExportDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import type { UserAction } from './userActions';

type Props = {
  action: UserAction | undefined;
  onClose: () => void;
  /** The filter export and "all matching" bulk runs use. */
  filter?: string;
  onBulkDone?: () => void;
  onDeleted?: () => void;
};

/** Every users dialog, driven by the page's one `action` state; each mounts only while its action is set. */
export function UserActionDialogs({ action, onClose, filter = '', onBulkDone, onDeleted }: Props) {
  const status = useSetUserStatus();
  const navigate = useNavigate();
  const offerUndo = useOfferUndo();
  /** Shown at once (the row and the user page change while the dialog waits), with Undo once saved. */
  const setStatus = (v: StatusChange) => {
    const name = v.user.username;
    const suspending = v.status === 'suspended';
    return status.mutateAsync(v).then((u) =>
      offerUndo({
        text: suspending ? `${name} is suspended.` : `${name} is active again.`,
        what: `${suspending ? 'suspend' : 'activate'} ${name}`,
        undo: status.undoFor(v, u),
        undone: suspending ? `${name} is active again.` : `${name} is suspended again.`,
      }),
    );
  };
  if (!action) return null;
  switch (action.kind) {
    case 'suspend':
      return (
        <ConfirmDialog
          title={`Suspend ${action.user.username}?`}
          confirmLabel="Suspend"
          destructive
          onConfirm={() => setStatus({ user: action.user, status: 'suspended' })}
          onClose={onClose}
        >
          <Typography>
            {action.user.username} will be signed out and can no longer sign in or use the API until an admin
            activates the account again. Their workspaces are kept.
          </Typography>
        </ConfirmDialog>
      );
    case 'activate':
      return (
        <ConfirmDialog
          title={`Activate ${action.user.username}?`}
          confirmLabel="Activate"
          onConfirm={() => setStatus({ user: action.user, status: 'active' })}
          onClose={onClose}
        >
          <Typography>{action.user.username} will be able to sign in again.</Typography>
        </ConfirmDialog>
      );
    case 'delete':
      return <DeleteUserDialog user={action.user} onClose={onClose} onDeleted={onDeleted} />;
    case 'resetPassword':
      return <ResetPasswordDialog user={action.user} onClose={onClose} />;
    case 'roles':
      return <EditRolesDialog user={action.user} onClose={onClose} />;
    case 'create':
      return <CreateUserDialog onClose={onClose} onCreated={(u) => navigate(paths.user(u.username))} />;
    case 'export':
      return <ExportDialog filter={filter} onClose={onClose} />;
    case 'bulk':
      return (
        <BulkDialog op={action.op} targets={action.targets} onClose={onClose} onDone={() => onBulkDone?.()} />
      );
  }
}

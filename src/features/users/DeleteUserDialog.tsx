import { Alert, Link, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { useDeleteUser } from '../../api/userMutations';
import { usersQueries, type User } from '../../api/users';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loader } from '../../components/Loader';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog';
import { paths } from '../../lib/paths';
import { plural } from '../../lib/plural';

type Props = { user: User; onClose: () => void; onDeleted?: () => void };

/**
 * Coder refuses to delete a user who still owns workspaces (417). The dialog asks first and says so up
 * front, with a link to them, instead of failing after the name is typed.
 */
export function DeleteUserDialog({ user, onClose, onDeleted }: Props) {
  const del = useDeleteUser();
  const owned = useQuery(usersQueries.workspaces(`owner:${user.username}`, 1));
  const title = `Delete ${user.username}?`;
  const count = owned.data ? Math.max(owned.data.count, owned.data.workspaces.length) : 0;
  if (owned.isPending || count > 0) {
    return (
      <ConfirmDialog
        title={title}
        confirmLabel="Delete user"
        destructive
        confirmDisabled
        onConfirm={() => Promise.resolve()}
        onClose={onClose}
      >
        {owned.isPending ? (
          <Loader label="Checking their workspaces" />
        ) : (
          <Alert severity="warning">
            {user.username} owns {plural(count, 'workspace')}. Coder deletes a user only once they own none:
            delete {count === 1 ? 'it' : 'them'} first.{' '}
            <Link component={RouterLink} to={paths.workspaces(`owner:${user.username}`)}>
              View {user.username}’s {count === 1 ? 'workspace' : 'workspaces'}
            </Link>
          </Alert>
        )}
      </ConfirmDialog>
    );
  }
  return (
    <TypedConfirmDialog
      title={title}
      confirmLabel="Delete user"
      expected={user.username}
      label="Username"
      onConfirm={() => del.mutateAsync(user).then(() => onDeleted?.())}
      onClose={onClose}
    >
      <Typography>The account is removed and {user.username} can no longer sign in.</Typography>
    </TypedConfirmDialog>
  );
}

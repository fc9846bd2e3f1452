import {
  Button,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiKeyQueries, useDeleteToken, type ApiKey } from '../../api/apiKeys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { formatDateTime, relativeTime } from '../../lib/time';
import { CreateTokenDialog } from './CreateTokenDialog';
import { scopeLabel } from './tokenOptions';
import { plural } from '../../lib/plural';

type Owner = { id: string; username: string; is_service_account?: boolean };

/**
 * A user's API tokens: list, create (the secret is shown once), delete. Shown only to who may read the
 * user's api keys (the user, or an owner): authcheck decides, the server refuses anyway.
 */
export function UserTokensCard({ user }: { user: Owner }) {
  const perms = useQuery(apiKeyQueries.permissions(user.id)).data;
  const tokens = useQuery({ ...apiKeyQueries.tokens(user.id), enabled: Boolean(perms?.readTokens) });
  const del = useDeleteToken(user.id);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ApiKey>();
  if (!perms?.readTokens) return null;
  const count = tokens.data?.length;
  return (
    <Card variant="outlined" component="section" aria-label="API tokens">
      <CardHeader
        title="API tokens"
        subheader={
          count === undefined
            ? user.is_service_account
              ? 'A service account signs in only with these.'
              : undefined
            : `${plural(count, 'token')}${user.is_service_account ? ' · a service account signs in only with these' : ''}`
        }
        action={perms.createToken && <Button onClick={() => setCreating(true)}>Create token</Button>}
      />
      <CardContent sx={{ overflowX: 'auto' }}>
        {tokens.isPending && <Loader label="Loading tokens" />}
        {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data?.length === 0 && (
          <Typography color="text.secondary">
            No tokens. Create one to call the API as {user.username}.
          </Typography>
        )}
        {Boolean(tokens.data?.length) && (
          <Table size="small" aria-label="API tokens">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Scope</TableCell>
                <TableCell>Last used</TableCell>
                <TableCell>Expires</TableCell>
                <TableCell>Created</TableCell>
                <TableCell align="right" aria-label="Actions" />
              </TableRow>
            </TableHead>
            <TableBody>
              {tokens.data?.map((t) => (
                <TableRow key={t.id}>
                  <TableCell>{t.token_name}</TableCell>
                  <TableCell>{scopeLabel(t)}</TableCell>
                  <TableCell title={formatDateTime(t.last_used)}>{relativeTime(t.last_used)}</TableCell>
                  <TableCell title={formatDateTime(t.expires_at)}>{relativeTime(t.expires_at)}</TableCell>
                  <TableCell title={formatDateTime(t.created_at)}>{relativeTime(t.created_at)}</TableCell>
                  <TableCell align="right">
                    {perms.deleteToken && (
                      <Tooltip title="Delete token">
                        <IconButton
                          aria-label={`Delete token ${t.token_name}`}
                          onClick={() => setDeleting(t)}
                        >
                          <DeleteIcon />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      {creating && <CreateTokenDialog user={user} onClose={() => setCreating(false)} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete token ${deleting.token_name}?`}
          confirmLabel="Delete token"
          destructive
          onConfirm={() => del.mutateAsync(deleting.id)}
          onClose={() => setDeleting(undefined)}
        >
          Anything still using it stops working at once. This cannot be undone.
        </ConfirmDialog>
      )}
    </Card>
  );
}

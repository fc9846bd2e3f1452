import HistoryIcon from '@mui/icons-material/History';
import {
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Grid,
  Stack,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { User } from '../../api/users';
import { PageHeader } from '../../components/PageHeader';
import { paths } from '../../lib/paths';
import { formatDateTime } from '../../lib/time';
import { loginTypeLabel } from './loginTypes';
import { ProfileForm } from './ProfileForm';
import { RoleChips, UserStatusChip, WhenCell } from './UserBadges';
import type { UserAbilities, UserAction } from './userActions';
import { UserGroupsCard, UserOrganizationsCard, UserWorkspacesCard } from './UserRelationsCards';
import { UserRowMenu } from './UserRowMenu';
import { imageSrc } from '../../lib/imageUrl';

type Props = {
  user: User;
  can: UserAbilities;
  onAction: (a: UserAction) => void;
  onRenamed: (u: User) => void;
  /** The API tokens card (composed by the app from the tokens feature). */
  renderTokens?: (u: User) => ReactNode;
  /** The audit log filtered to this user's entries, for those who may read it. */
  auditLink?: string;
};

export function UserPageView({ user, can, onAction, onRenamed, renderTokens, auditLink }: Props) {
  const self = user.id === can.meId;
  return (
    <>
      <PageHeader
        title={
          <Stack direction="row" spacing={2} component="span" sx={{ alignItems: 'center' }}>
            <Avatar src={imageSrc(user.avatar_url)} alt="" aria-hidden sx={{ width: 48, height: 48 }}>
              {user.username.slice(0, 1).toUpperCase()}
            </Avatar>
            <span>{user.username}</span>
          </Stack>
        }
        description={
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <span>{user.name || 'No name'}</span>
            <UserStatusChip status={user.status} />
            {user.is_service_account && <Chip size="small" label="Service account" />}
          </Stack>
        }
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {auditLink && (
              <Button component={RouterLink} to={auditLink} startIcon={<HistoryIcon />}>
                Audit log
              </Button>
            )}
            <UserRowMenu user={user} can={can} onAction={onAction} onUserPage />
          </Stack>
        }
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title="Profile" />
            <CardContent>
              <Stack spacing={2}>
                <Typography variant="body2" color="text.secondary">
                  {user.email || 'No email'} · {loginTypeLabel(user.login_type)} sign-in · created{' '}
                  {formatDateTime(user.created_at)} ·{' '}
                  <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                    last seen <WhenCell iso={user.last_seen_at} />
                  </Box>
                </Typography>
                {can.update || self ? (
                  <ProfileForm user={user} canRename={can.update} onSaved={onRenamed} />
                ) : (
                  <Typography>{user.name || '—'}</Typography>
                )}
              </Stack>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader
              title="Site roles"
              action={
                can.assignRoles && can.assignAny !== false && !self ? (
                  <Button onClick={() => onAction({ kind: 'roles', user })}>Edit roles</Button>
                ) : undefined
              }
            />
            <CardContent>
              <RoleChips roles={user.roles} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <UserOrganizationsCard user={user} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <UserGroupsCard user={user} />
        </Grid>
        <Grid size={12}>
          <UserWorkspacesCard user={user} />
        </Grid>
        {renderTokens && <Grid size={12}>{renderTokens(user)}</Grid>}
      </Grid>
      <Button component={RouterLink} to={paths.users()} sx={{ mt: 2 }}>
        Back to users
      </Button>
    </>
  );
}

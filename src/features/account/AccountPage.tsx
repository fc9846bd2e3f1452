import { Avatar, Card, CardContent, CardHeader, Chip, Grid, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { authQueries } from '../../api/auth';
import { Loader } from '../../components/Loader';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/time';
import { AccountNameForm } from './AccountNameForm';
import { ChangePasswordForm } from './ChangePasswordForm';
import { imageSrc } from '../../lib/imageUrl';

export function AccountPage() {
  const me = useQuery(authQueries.me()).data;
  if (!me) return <Loader />;
  return (
    <>
      <PageHeader title="Account" description="Your profile on this deployment." />
      <Grid container spacing={2}>
        <Grid size={12}>
          <Card variant="outlined">
            <CardContent>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <Avatar src={imageSrc(me.avatar_url)} alt="" sx={{ width: 56, height: 56 }}>
                  {me.username.slice(0, 1).toUpperCase()}
                </Avatar>
                <Stack>
                  <Typography variant="h2">{me.name || me.username}</Typography>
                  <Typography color="text.secondary">
                    @{me.username}
                    {me.email ? ` · ${me.email}` : ''}
                  </Typography>
                  <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                    <Chip size="small" label="Member" />
                    {me.roles.map((r) => (
                      <Chip
                        key={r.name}
                        size="small"
                        color="primary"
                        variant="outlined"
                        label={r.display_name || r.name}
                      />
                    ))}
                  </Stack>
                </Stack>
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
                Member since {formatDateTime(me.created_at)}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title="Profile" />
            <CardContent>
              <AccountNameForm me={me} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardHeader title="Change password" />
            <CardContent>
              {me.login_type === 'password' ? (
                <ChangePasswordForm />
              ) : (
                <Typography color="text.secondary">
                  You sign in with {me.login_type || 'another method'}; there is no password to change here.
                </Typography>
              )}
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </>
  );
}

import { Avatar, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { organizationsQueries } from '../../api/organizations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loader } from '../../components/Loader';
import { PageHeader } from '../../components/PageHeader';

export function OrganizationsPage() {
  const orgs = useQuery(organizationsQueries.list());
  return (
    <>
      <PageHeader title="Organizations" description="Organizations you can see on this deployment." />
      {orgs.isError && <ErrorAlert error={orgs.error} onRetry={() => void orgs.refetch()} />}
      {orgs.isPending && <Loader />}
      <Grid container spacing={2}>
        {orgs.data?.map((o) => (
          <Grid key={o.id} size={{ xs: 12, md: 6, lg: 4 }}>
            <Card>
              <CardContent>
                <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                  <Avatar src={o.icon || undefined} alt="" variant="rounded">
                    {(o.display_name || o.name).slice(0, 1).toUpperCase()}
                  </Avatar>
                  <Stack sx={{ minWidth: 0 }}>
                    <Typography variant="h3" component="h2">
                      {o.display_name || o.name}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {o.name}
                    </Typography>
                  </Stack>
                  {o.is_default && <Chip size="small" label="Default" sx={{ ml: 'auto' }} />}
                </Stack>
                {o.description && (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
                    {o.description}
                  </Typography>
                )}
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
}

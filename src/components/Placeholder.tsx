import { Card, CardContent, Typography } from '@mui/material';
import { PageHeader } from './PageHeader';

/** A page whose feature has not landed yet (the route, lazy loading and gating already exist). */
export function Placeholder({ title, description }: { title: string; description: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <CardContent>
          <Typography color="text.secondary">{description}</Typography>
        </CardContent>
      </Card>
    </>
  );
}

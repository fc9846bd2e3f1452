import { Box, Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

type Props = { code?: string; title: string; description: ReactNode; actions?: ReactNode };

/** Full-area message: 404, no access, crashed page. */
export function StatusPage({ code, title, description, actions }: Props) {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '60vh', px: 2 }}>
      <Stack spacing={2} sx={{ alignItems: 'center', textAlign: 'center', maxWidth: 520 }}>
        {code && (
          <Typography variant="overline" color="text.secondary" sx={{ fontSize: '1rem', letterSpacing: 2 }}>
            {code}
          </Typography>
        )}
        <Typography variant="h1">{title}</Typography>
        <Typography color="text.secondary">{description}</Typography>
        <Stack direction="row" spacing={1}>
          {actions ?? (
            <Button component={RouterLink} to="/" variant="contained">
              Go to the dashboard
            </Button>
          )}
        </Stack>
      </Stack>
    </Box>
  );
}

export function NotFoundPage() {
  return (
    <StatusPage
      code="404"
      title="Page not found"
      description="There is nothing at this address. It may have been moved or deleted, or you may not have access to it."
    />
  );
}

export function ForbiddenPage({ what }: { what?: string }) {
  return (
    <StatusPage
      code="403"
      title="You don't have access"
      description={`Your roles do not allow you to view ${what ?? 'this page'}. Ask an administrator if you need access.`}
    />
  );
}

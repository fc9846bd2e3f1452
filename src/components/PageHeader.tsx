import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

type Props = { title: ReactNode; description?: ReactNode; actions?: ReactNode };

export function PageHeader({ title, description, actions }: Props) {
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ mb: 3, alignItems: { xs: 'flex-start', sm: 'center' }, justifyContent: 'space-between' }}
    >
      <Stack spacing={0.5}>
        <Typography variant="h1">{title}</Typography>
        {/* A div: descriptions may hold chips and stacks, which a <p> must not contain. */}
        {description && (
          <Typography component="div" color="text.secondary">
            {description}
          </Typography>
        )}
      </Stack>
      {actions && (
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}

import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

type Props = {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** 1: a page's heading; 2: a section's, inside a page (an organization's tab, a group's members). */
  level?: 1 | 2;
};

/** A page's or section's heading, what it is for, and its actions beside it. */
export function PageHeader({ title, description, actions, level = 1 }: Props) {
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{
        mb: level === 1 ? 3 : 2,
        alignItems: { xs: 'flex-start', sm: 'center' },
        justifyContent: 'space-between',
      }}
    >
      <Stack spacing={0.5}>
        <Typography variant={level === 1 ? 'h1' : 'h2'}>{title}</Typography>
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

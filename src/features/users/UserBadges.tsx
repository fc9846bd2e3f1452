import { Chip, Stack, Typography } from '@mui/material';
import type { User } from '../../api/users';
import { formatDateTime, relativeTime } from '../../lib/time';

const statusColor = { active: 'success', dormant: 'warning', suspended: 'error' } as const;
const statusLabel = { active: 'Active', dormant: 'Dormant', suspended: 'Suspended' } as const;

export function UserStatusChip({ status }: { status: User['status'] }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={statusColor[status]}
      label={statusLabel[status]}
      // Outlined warning text is too light on paper; keep the colour in the border, the text readable.
      sx={status === 'dormant' ? { color: 'text.primary' } : undefined}
    />
  );
}

/** "Member" is implicit for everyone; site roles follow. */
export function RoleChips({ roles }: { roles: User['roles'] }) {
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip size="small" label="Member" />
      {roles.map((r) => (
        <Chip key={r.name} size="small" color="primary" variant="outlined" label={r.display_name || r.name} />
      ))}
    </Stack>
  );
}

/**
 * Relative time with the exact moment on hover, as a `<time>` element. A native title rather than a MUI
 * Tooltip: this cell appears twice per row, and a Tooltip per cell was a measurable share of rendering
 * 100 rows (bench); it also kept two tab stops per row.
 */
export function WhenCell({ iso }: { iso: string | undefined }) {
  if (!iso)
    return (
      // Inline (a span), so "last seen Never" stays on one line wherever it is used.
      <Typography variant="body2" component="span" color="text.secondary">
        Never
      </Typography>
    );
  return (
    <Typography variant="body2" component="time" dateTime={iso} title={formatDateTime(iso)}>
      {relativeTime(iso)}
    </Typography>
  );
}

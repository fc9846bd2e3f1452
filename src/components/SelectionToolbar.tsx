import { Box, Typography, useTheme } from '@mui/material';
import { Suspense, useEffect, type ReactNode } from 'react';
import { lazyNamed } from '../lib/lazyNamed';
import { preloadWhenIdle } from '../lib/preloadWhenIdle';
import type { SelectionActionsProps } from './SelectionActions';

export type { SelectionAction } from './SelectionActions';

// The buttons and the phones' menu show only once rows are picked: fetched when the page is idle, so they
// are there by then without being on the list's first load.
const loadActions = () => import('./SelectionActions');
const SelectionActions = lazyNamed(loadActions, 'SelectionActions');

type Props = SelectionActionsProps & {
  /** How many rows are picked (0 shows the hint). */
  selected: number;
  /** "3 selected", "12 workspaces selected". */
  label: string;
  /** Shown while nothing is picked. */
  hint: ReactNode;
};

/** Its height never changes, so picking a row never moves the table under the pointer. */
const HEIGHT = 52;

/**
 * The strip above a selectable table. It is always there (one line, fixed height): with nothing picked it
 * says how to pick; with rows picked it offers the bulk actions in the same place. Phones get one
 * "Actions" menu instead of a row of buttons.
 */
export function SelectionToolbar({ selected, label, hint, ...actions }: Props) {
  const theme = useTheme();
  const active = selected > 0;
  useEffect(() => preloadWhenIdle(loadActions), []);
  return (
    <Box
      role="region"
      aria-label="Bulk actions"
      sx={{
        height: HEIGHT,
        px: 2,
        display: 'flex',
        alignItems: 'center',
        gap: 1.5,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        borderBottom: 1,
        borderColor: 'divider',
        borderTopLeftRadius: 'inherit',
        borderTopRightRadius: 'inherit',
        // action.hover, not action.selected: the primary-coloured actions keep 4.5:1 on it in both schemes.
        bgcolor: active ? 'action.hover' : 'transparent',
        transition: theme.transitions.create('background-color', {
          duration: theme.transitions.duration.shortest,
        }),
      }}
    >
      {!active ? (
        <Typography variant="body2" color="text.secondary" noWrap>
          {hint}
        </Typography>
      ) : (
        <>
          <Typography sx={{ fontWeight: 600, flexShrink: 0 }} aria-live="polite">
            {label}
          </Typography>
          <Suspense fallback={null}>
            <SelectionActions {...actions} />
          </Suspense>
        </>
      )}
    </Box>
  );
}

import MoreIcon from '@mui/icons-material/ArrowDropDown';
import { Box, Button, Stack, Typography, useTheme } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useMediaQuery } from '../lib/useMediaQuery';
import { Menu, MenuItem } from './Menu';
import css from './SelectionToolbar.module.css';

export type SelectionAction = {
  label: string;
  /** Gets the element to anchor a follow-up menu to (the button, or "Actions" on phones). */
  onClick: (anchor: HTMLElement) => void;
  color?: 'primary' | 'error';
  disabled?: boolean;
  /** Opens a menu of choices (e.g. which role). */
  hasMenu?: boolean;
};

type Props = {
  /** How many rows are picked (0 shows the hint). */
  selected: number;
  /** "3 selected", "12 workspaces selected". */
  label: string;
  /** Shown while nothing is picked. */
  hint: ReactNode;
  actions: SelectionAction[];
  /** E.g. "Select all 140 users matching this filter". */
  extra?: { label: string; onClick: () => void };
  onClear: () => void;
};

/** Its height never changes, so picking a row never moves the table under the pointer. */
const HEIGHT = 52;

/**
 * The strip above a selectable table. It is always there (one line, fixed height): with nothing picked it
 * says how to pick; with rows picked it offers the bulk actions in the same place. Phones get one
 * "Actions" menu instead of a row of buttons.
 */
export function SelectionToolbar({ selected, label, hint, actions, extra, onClear }: Props) {
  const theme = useTheme();
  // Inline buttons need a desktop-wide table; below that, one menu keeps the strip on one line.
  const wide = useMediaQuery(theme.breakpoints.up('lg'));
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const active = selected > 0;
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
          {wide && extra && (
            <button type="button" className={css.linkButton} onClick={extra.onClick}>
              {extra.label}
            </button>
          )}
          <Box sx={{ flexGrow: 1 }} />
          {wide ? (
            <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
              {actions.map((a) => (
                <Button
                  key={a.label}
                  size="small"
                  variant="outlined"
                  color={a.color ?? 'primary'}
                  disabled={a.disabled}
                  aria-haspopup={a.hasMenu ? 'menu' : undefined}
                  onClick={(e) => a.onClick(e.currentTarget)}
                >
                  {a.label}
                </Button>
              ))}
            </Stack>
          ) : (
            <Button
              size="small"
              variant="outlined"
              endIcon={<MoreIcon />}
              aria-haspopup="menu"
              onClick={(e) => setMenu(e.currentTarget)}
              sx={{ flexShrink: 0 }}
            >
              Actions
            </Button>
          )}
          <Button size="small" color="inherit" onClick={onClear} sx={{ flexShrink: 0 }}>
            {wide ? 'Clear selection' : 'Clear'}
          </Button>
          <Menu anchorEl={menu} open={Boolean(menu)} onClose={() => setMenu(null)}>
            {extra && (
              <MenuItem
                onClick={() => {
                  setMenu(null);
                  extra.onClick();
                }}
              >
                {extra.label}
              </MenuItem>
            )}
            {actions.map((a) => (
              <MenuItem
                key={a.label}
                disabled={a.disabled}
                sx={a.color === 'error' ? { color: 'error.main' } : undefined}
                onClick={() => {
                  const anchor = menu;
                  setMenu(null);
                  if (anchor) a.onClick(anchor);
                }}
              >
                {a.label}
                {a.hasMenu ? '…' : ''}
              </MenuItem>
            ))}
          </Menu>
        </>
      )}
    </Box>
  );
}

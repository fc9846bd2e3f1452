import MoreIcon from '@mui/icons-material/ArrowDropDown';
import { Box, Button, Stack, useTheme } from '@mui/material';
import { useState } from 'react';
import { useMediaQuery } from '../lib/useMediaQuery';
import { Menu, MenuItem } from './Menu';
import css from './SelectionActions.module.css';

export type SelectionAction = {
  label: string;
  /** Gets the element to anchor a follow-up menu to (the button, or "Actions" on phones). */
  onClick: (anchor: HTMLElement) => void;
  color?: 'primary' | 'error';
  disabled?: boolean;
  /** Opens a menu of choices (e.g. which role). */
  hasMenu?: boolean;
};

export type SelectionActionsProps = {
  actions: SelectionAction[];
  /** E.g. "Select all 140 users matching this filter". */
  extra?: { label: string; onClick: () => void };
  onClear: () => void;
};

/** SelectionToolbar's part once rows are picked: the bulk actions, and Clear. */
export function SelectionActions({ actions, extra, onClear }: SelectionActionsProps) {
  const theme = useTheme();
  // Inline buttons need a desktop-wide table; below that, one menu keeps the strip on one line.
  const wide = useMediaQuery(theme.breakpoints.up('lg'));
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  return (
    <>
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
  );
}

import BookmarkAddIcon from '@mui/icons-material/BookmarkAddOutlined';
import TuneIcon from '@mui/icons-material/Tune';
import { Divider, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { SaveViewDialog } from './SaveViewDialog';
import { SavedViewsManager } from './SavedViewsManager';
import { viewSearch, type ViewScope } from '../lib/savedViews';
import { useSavedViews } from '../lib/useSavedViews';

type Props = {
  scope: ViewScope;
  list: { filter: string; pageSize: number };
  /** The button the menu opens from; null while it is closed. */
  anchor: HTMLElement | null;
  onClose: () => void;
};

/**
 * The saved views of a list: each is a link to its list's URL (filter and page size), so it opens in a
 * new tab, can be copied, and applies like any other link. Below them: save the current view, and the
 * manager (rename, reorder, delete, export, import). Loaded on first use with its dialogs
 * (src/components/SavedViews.tsx).
 */
export function SavedViewsMenu({ scope, list, anchor, onClose }: Props) {
  const store = useSavedViews(scope);
  const { pathname } = useLocation();
  const [dialog, setDialog] = useState<'save' | 'manage'>();
  const open = (d: 'save' | 'manage') => {
    onClose();
    setDialog(d);
  };
  return (
    <>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={onClose}
        slotProps={{
          paper: { sx: { maxWidth: 'min(420px, calc(100vw - 32px))' } },
          list: { 'aria-label': 'Saved views' },
        }}
      >
        {store.views.length === 0 && <MenuItem disabled>No saved views yet</MenuItem>}
        {store.views.map((v) => (
          <MenuItem
            key={v.id}
            component={Link}
            to={{ pathname, search: viewSearch(v) }}
            selected={v.filter === list.filter && v.pageSize === list.pageSize}
            onClick={onClose}
          >
            <ListItemText
              primary={v.name}
              secondary={`${v.filter || 'No filter'} · ${v.pageSize} per page`}
              slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }}
            />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={() => open('save')}>
          <ListItemIcon>
            <BookmarkAddIcon fontSize="small" />
          </ListItemIcon>
          Save current view…
        </MenuItem>
        <MenuItem onClick={() => open('manage')}>
          <ListItemIcon>
            <TuneIcon fontSize="small" />
          </ListItemIcon>
          Manage views…
        </MenuItem>
      </Menu>
      {dialog === 'save' && <SaveViewDialog store={store} list={list} onClose={() => setDialog(undefined)} />}
      {dialog === 'manage' && (
        <SavedViewsManager scope={scope} store={store} onClose={() => setDialog(undefined)} />
      )}
    </>
  );
}

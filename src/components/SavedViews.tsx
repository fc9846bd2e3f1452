import BookmarksIcon from '@mui/icons-material/BookmarksOutlined';
import { Button } from '@mui/material';
import { Suspense, useContext, useState } from 'react';
import { lazyNamed } from '../lib/lazyNamed';
import type { ViewScope } from '../lib/savedViews';
import { ViewsOwnerContext } from '../lib/viewsOwner';

const loadMenu = () => import('./SavedViewsMenu');
// The menu, its store and its dialogs load on first use (fetched as the pointer or focus reaches the
// button), not with the list page: /users' first-load JS stays as it was.
const SavedViewsMenu = lazyNamed(loadMenu, 'SavedViewsMenu');

type Props = {
  scope: ViewScope;
  /** The list's current filter and page size: what "Save current view" saves. */
  list: { filter: string; pageSize: number };
};

/** "Saved views" beside the filter presets (issue #17 §2): a button opening the list's saved views. */
export function SavedViews({ scope, list }: Props) {
  const ready = Boolean(useContext(ViewsOwnerContext));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [used, setUsed] = useState(false);
  const preload = () => void loadMenu();
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<BookmarksIcon />}
        onClick={(e) => {
          setAnchor(e.currentTarget);
          setUsed(true);
        }}
        onPointerEnter={preload}
        onFocus={preload}
        disabled={!ready}
        sx={{ height: 40, flexShrink: 0 }}
        aria-haspopup="menu"
      >
        Saved views
      </Button>
      {/* Stays mounted once used: a dialog opened from the menu outlives the menu. */}
      {used && (
        <Suspense fallback={null}>
          <SavedViewsMenu scope={scope} list={list} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}

import SearchIcon from '@mui/icons-material/Search';
import { Box, Button } from '@mui/material';
import { Suspense, useEffect, useState } from 'react';
import { usePermissions } from '../api/authcheck';
import { lazyNamed } from '../lib/lazyNamed';
import { paths } from '../lib/paths';
import { navItems } from './nav';
import { canSeeGroups } from './pages';

// Loaded on first use (Ctrl+K, the Search button, `?`): none of it is on a page's first load. One chunk for
// both: each dynamic import re-partitions the shared chunks of the first load (~2 KB gzip more for two).
const CommandPalette = lazyNamed(() => import('../features/palette/CommandPalette'), 'CommandPalette');
const ShortcutsDialog = lazyNamed(() => import('../features/palette/CommandPalette'), 'ShortcutsDialog');

/** Typing into a field: `/` and `?` are text there, not shortcuts. */
const typing = (el: Element | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type)));

/** A dialog or menu holds focus: the page behind it is not the one to act on. */
const inOverlay = (el: Element | null) =>
  Boolean(el?.closest('[role="dialog"],[role="menu"],[role="listbox"]'));

/**
 * The app-wide keys: Ctrl/Cmd+K opens the command palette (and closes it), `/` focuses the page's search
 * box (the field marked `data-page-search`), `?` lists the shortcuts. Also the top bar's Search button.
 */
export function CommandShortcuts() {
  const [open, setOpen] = useState<'palette' | 'shortcuts'>();
  const perms = usePermissions().data;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.altKey) return;
      const focused = document.activeElement;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        // Not over another dialog or menu (it would be left open behind the page the palette goes to).
        setOpen((o) =>
          o === 'palette' ? undefined : o === 'shortcuts' || !inOverlay(focused) ? 'palette' : o,
        );
        return;
      }
      if (e.ctrlKey || e.metaKey || typing(focused) || inOverlay(focused)) return;
      if (e.key === '/') {
        const box = document.querySelector<HTMLInputElement>('#main [data-page-search]');
        if (!box) return;
        e.preventDefault();
        box.focus();
        box.select();
      } else if (e.key === '?') {
        e.preventDefault();
        setOpen('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const close = () => setOpen(undefined);
  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        onClick={() => setOpen('palette')}
        aria-label="Search and commands"
        aria-keyshortcuts="Control+K Meta+K"
        startIcon={<SearchIcon />}
        sx={{
          borderColor: 'divider',
          color: 'text.secondary',
          minWidth: 0,
          px: { xs: 1, sm: 1.5 },
          '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
        }}
      >
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          Search
        </Box>
        <Box
          component="kbd"
          sx={{ display: { xs: 'none', md: 'inline' }, ml: 1.5, fontFamily: 'inherit', fontSize: '0.8rem' }}
        >
          Ctrl K
        </Box>
      </Button>
      <Suspense fallback={null}>
        {open === 'palette' && (
          <CommandPalette
            pages={[
              ...navItems.filter((n) => perms && n.visible(perms)).map(({ label, to }) => ({ label, to })),
              { label: 'Account', to: paths.account() },
            ]}
            perms={perms}
            canSeeGroups={perms ? canSeeGroups(perms) : false}
            onClose={close}
            onShowShortcuts={() => setOpen('shortcuts')}
          />
        )}
        {open === 'shortcuts' && <ShortcutsDialog onClose={close} />}
      </Suspense>
    </>
  );
}

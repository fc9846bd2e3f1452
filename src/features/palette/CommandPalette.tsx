import SearchIcon from '@mui/icons-material/Search';
import { Box, Dialog, InputBase, Typography } from '@mui/material';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { PaletteOptionRow } from './PaletteOptionRow';
import type { PaletteOption, PaletteSection } from './paletteOptions';
import { usePaletteResults, type PaletteContext } from './usePaletteResults';

type Props = PaletteContext & {
  onClose: () => void;
  onShowShortcuts: () => void;
};

/** Read by screen readers, not shown. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const order: PaletteSection[] = ['Actions', 'Pages', 'Users', 'Workspaces', 'Organizations', 'Groups'];

/**
 * Ctrl/Cmd+K: go to a page, find a user, workspace, organization or group, or run an action the signed-in
 * user may take. WAI-ARIA combobox: the text box owns a listbox of options (grouped by kind); the arrow
 * keys move the highlighted option (`aria-activedescendant`; focus stays in the box), Enter chooses it
 * (the first one unless the arrows moved), Escape closes and focus returns to where it was.
 */
export function CommandPalette({ onClose, onShowShortcuts, ...ctx }: Props) {
  const [text, setText] = useState('');
  const [activeKey, setActiveKey] = useState<string>();
  const results = usePaletteResults(text, ctx);
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-list`;
  const titleId = `${id}-title`;

  const options = order.flatMap((s) => results.options.filter((o) => o.section === s));
  const activeIndex = Math.max(
    0,
    options.findIndex((o) => o.key === activeKey),
  );
  const active = options[activeIndex];
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeId = active ? optionId(activeIndex) : undefined;

  // The highlighted option stays in view as the arrows move it.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const choose = (o: PaletteOption) => {
    if (o.complete !== undefined) {
      setText(o.complete);
      setActiveKey(undefined);
    } else if (o.run === 'shortcuts') onShowShortcuts();
    else if (o.to) {
      onClose();
      void navigate(o.to);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!options.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActiveKey(options[(activeIndex + step + options.length) % options.length]?.key);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (active) choose(active);
    }
  };

  const status = results.prompt
    ? results.prompt
    : results.errors.length
      ? results.errors.join(' ')
      : results.searching
        ? 'Searching…'
        : options.length
          ? undefined
          : `Nothing matches “${text.trim()}”.`;
  const count = `${options.length} ${options.length === 1 ? 'result' : 'results'}`;

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
      sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
      slotProps={{
        paper: { sx: { mt: { xs: 2, sm: 10 }, mx: { xs: 1.5, sm: 4 }, width: { xs: 'calc(100% - 24px)' } } },
      }}
    >
      <Typography id={titleId} sx={visuallyHidden}>
        Command palette
      </Typography>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          px: 2,
          borderBottom: 2,
          borderColor: 'divider',
          // The focus indicator of the text box (InputBase draws none of its own).
          '&:focus-within': { borderColor: 'primary.main' },
        }}
      >
        <SearchIcon color="action" />
        <InputBase
          // The combobox dialog opens with focus in its text box (WAI-ARIA APG), as a search field should.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          fullWidth
          value={text}
          placeholder="Go to a page, find someone, or type an action"
          onChange={(e) => {
            setText(e.target.value);
            setActiveKey(undefined);
          }}
          onKeyDown={onKeyDown}
          sx={{ py: 1.25, fontSize: '1rem' }}
          inputProps={{
            role: 'combobox',
            'aria-label': 'Search pages, people and actions',
            'aria-autocomplete': 'list',
            'aria-expanded': options.length > 0,
            'aria-controls': listId,
            'aria-activedescendant': activeId,
            autoComplete: 'off',
            spellCheck: false,
          }}
        />
      </Box>
      <Box
        role="listbox"
        id={listId}
        aria-label="Results"
        sx={{ maxHeight: { xs: '65vh', sm: '55vh' }, overflowY: 'auto', py: options.length ? 1 : 0 }}
      >
        {order.map((section) => {
          const rows = options.filter((o) => o.section === section);
          if (!rows.length) return null;
          const headId = `${id}-${section}`;
          return (
            <Box role="group" aria-labelledby={headId} key={section}>
              <Typography
                id={headId}
                variant="caption"
                component="div"
                sx={{ px: 2.5, pt: 1, pb: 0.5, color: 'text.secondary', fontWeight: 600 }}
              >
                {section}
              </Typography>
              {rows.map((o) => {
                const i = options.indexOf(o);
                return (
                  <PaletteOptionRow
                    key={o.key}
                    id={optionId(i)}
                    option={o}
                    active={i === activeIndex}
                    onChoose={() => choose(o)}
                    onHover={() => setActiveKey(o.key)}
                  />
                );
              })}
            </Box>
          );
        })}
      </Box>
      <Box role="status" sx={status ? { px: 2.5, py: 1.5, color: 'text.secondary' } : visuallyHidden}>
        {status ?? count}
      </Box>
      <Typography
        variant="caption"
        component="p"
        aria-hidden
        sx={{
          display: { xs: 'none', sm: 'block' },
          px: 2.5,
          py: 1,
          borderTop: 1,
          borderColor: 'divider',
          color: 'text.secondary',
        }}
      >
        ↑ ↓ to move · Enter to choose · Esc to close
      </Typography>
    </Dialog>
  );
}

/** In the palette's chunk too (app/CommandShortcuts.tsx loads both with one dynamic import). */
export { ShortcutsDialog } from './ShortcutsDialog';

import FilterListIcon from '@mui/icons-material/FilterList';
import SearchIcon from '@mui/icons-material/Search';
import { Button, Stack } from '@mui/material';
import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useDebouncedCallback } from 'use-debounce';
import { addTerm, formatTerm, parseTerms, removeTermAt, setTerm, termValue } from '../lib/filterQuery';
import { LeanSelect, LeanTextField } from './Field';
import { FilterBuilder, type FilterKey } from './FilterBuilder';
import { Menu, MenuItem } from './Menu';
import { Pill } from './Pill';

export type FilterPreset = { label: string; filter: string };
export type FilterDropdown = { key: string; label: string; options: { value: string; label: string }[] };

export type FilterBarProps = {
  /** Accessible name of the search field, e.g. "Search users". */
  label: string;
  /** The committed filter (from the URL). */
  value: string;
  /** `replace`: the typed filter replaces the history entry made earlier in the same typing. */
  onChange: (filter: string, opts?: { replace?: boolean }) => void;
  presets: FilterPreset[];
  keys: FilterKey[];
  dropdowns?: FilterDropdown[];
  /** The server's complaint about the current filter, shown under the field. */
  error?: string;
  placeholder?: string;
  debounceMs?: number;
  /** Shown beside the presets: the list's saved views (`<SavedViews scope=… />`). */
  views?: ReactNode;
};

/**
 * Coder's query text is the single source of truth: typing (debounced), presets, dropdowns and the chip
 * builder all read and write the same string.
 *
 * Typing commits once the text settles (use-debounce). The first commit of a typing run adds a history
 * entry, later ones in the same run replace it, so Back leaves the typed filter in one step. The URL may
 * lag behind several commits: a value we sent coming back is an echo, never shown over newer typing. Any
 * other URL value (Back, Forward, a link) wins: it cancels the pending commit and replaces the text.
 *
 * Memoized: a new page of the list (same filter) does not render the filter bar again; its list gives it
 * stable props (ListPage, listState's setters).
 *
 * The search box and the dropdowns are plain elements in the look of MUI's small outlined fields (Field.tsx):
 * MUI's TextField imports its Select (menu, popover, modal, three input variants), and even its parts
 * (FormControl, InputLabel, OutlinedInput, InputBase) were ~9 KB gzip on every list page's first load. The
 * dropdowns are the browser's own, as on phones.
 */
export const FilterBar = memo(function FilterBar(p: FilterBarProps) {
  const [text, setText] = useState(p.value);
  const [seen, setSeen] = useState(p.value);
  /** Filters sent to the URL whose echo has not come back yet (in order). */
  const [inFlight, setInFlight] = useState<string[]>([]);
  /** A typing run has committed (its next commits replace that history entry). */
  const typingRun = useRef(false);
  /** Sends a filter unless it is the one the URL has or will have; says whether it sent. */
  const send = (next: string, replace: boolean) => {
    const value = next.trim();
    // Compared with the last value sent, not the URL (which may lag behind it).
    if (value === (inFlight.at(-1) ?? p.value).trim()) return false;
    setInFlight((xs) => [...xs, value]);
    p.onChange(value, { replace });
    return true;
  };
  const debounced = useDebouncedCallback((next: string) => {
    if (send(next, typingRun.current)) typingRun.current = true;
  }, p.debounceMs ?? 350);
  useEffect(() => () => debounced.cancel(), [debounced]);

  /** Counts URL changes that were not ours. */
  const [external, setExternal] = useState(0);
  if (p.value !== seen) {
    setSeen(p.value);
    const echo = inFlight.indexOf(p.value);
    if (echo >= 0) setInFlight(inFlight.slice(echo + 1));
    else {
      // The URL changed under us (Back/Forward, a link): it wins over what was being typed.
      setInFlight([]);
      setText(p.value);
      setExternal((n) => n + 1);
    }
  }
  useEffect(() => {
    // ...and the older typing's pending commit is dropped; typing again starts a new run.
    debounced.cancel();
    typingRun.current = false;
  }, [external, debounced]);

  /** Enter, presets, dropdowns, chips: commit now, as a history entry of its own (or the typing run's). */
  const commit = (next: string) => {
    debounced.cancel();
    setText(next);
    send(next, typingRun.current && next === text);
    typingRun.current = false;
  };
  const type = (next: string) => {
    setText(next);
    debounced(next);
  };
  const [presetAnchor, setPresetAnchor] = useState<HTMLElement | null>(null);
  const terms = parseTerms(p.value);
  const id = useId();

  return (
    <Stack spacing={1.5} sx={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignItems: { md: 'flex-start' } }}>
        <Stack direction="row" spacing={1.5} sx={{ flexShrink: 0, '& > *': { flex: { xs: 1, md: 'none' } } }}>
          {p.presets.length > 0 && (
            <Button
              variant="outlined"
              startIcon={<FilterListIcon />}
              onClick={(e) => setPresetAnchor(e.currentTarget)}
              sx={{ height: 40, flexShrink: 0 }}
              aria-haspopup="menu"
            >
              Filters
            </Button>
          )}
          {p.views}
        </Stack>
        <Menu anchorEl={presetAnchor} open={Boolean(presetAnchor)} onClose={() => setPresetAnchor(null)}>
          {p.presets.map((preset) => (
            <MenuItem
              key={preset.label}
              selected={preset.filter === p.value}
              onClick={() => {
                setPresetAnchor(null);
                commit(preset.filter);
              }}
            >
              {preset.label}
            </MenuItem>
          ))}
        </Menu>
        <LeanTextField
          id={`${id}-search`}
          label={p.label}
          error={p.error}
          fullWidth
          icon={<SearchIcon fontSize="small" />}
          placeholder={p.placeholder}
          value={text}
          onChange={(e) => type(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(text);
          }}
          // Leaving the box ends the typing run: typing there again later is a new history entry.
          onBlur={() => {
            debounced.flush();
            typingRun.current = false;
          }}
          // The field `/` focuses (app/CommandShortcuts.tsx).
          data-page-search
        />
        {p.dropdowns?.map((d) => (
          <LeanSelect
            key={d.key}
            id={`${id}-${d.key}`}
            label={d.label}
            value={
              d.options.some((o) => o.value === termValue(p.value, d.key)) ? termValue(p.value, d.key) : ''
            }
            onChange={(e) => commit(setTerm(p.value, d.key, e.target.value || undefined))}
          >
            <option value="">Any</option>
            {d.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </LeanSelect>
        ))}
      </Stack>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        role="group"
        aria-label="Filter terms"
      >
        {terms.map((t, i) => (
          <Pill
            key={`${formatTerm(t)}-${i}`}
            label={formatTerm(t)}
            onDelete={() => commit(removeTermAt(p.value, i))}
            deleteLabel={`Remove filter ${formatTerm(t)}`}
          />
        ))}
        {p.keys.length > 0 && <FilterBuilder keys={p.keys} onAdd={(t) => commit(addTerm(p.value, t))} />}
        {terms.length > 0 && (
          <Button size="small" color="inherit" onClick={() => commit('')}>
            Clear filter
          </Button>
        )}
      </Stack>
    </Stack>
  );
});

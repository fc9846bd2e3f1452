import FilterListIcon from '@mui/icons-material/FilterList';
import SearchIcon from '@mui/icons-material/Search';
import {
  Button,
  Chip,
  FormControl,
  InputAdornment,
  InputLabel,
  Menu,
  MenuItem,
  Select,
  Stack,
  TextField,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { addTerm, formatTerm, parseTerms, removeTermAt, setTerm, termValue } from '../lib/filterQuery';
import { FilterBuilder, type FilterKey } from './FilterBuilder';

export type FilterPreset = { label: string; filter: string };
export type FilterDropdown = { key: string; label: string; options: { value: string; label: string }[] };

type Props = {
  /** Accessible name of the search field, e.g. "Search users". */
  label: string;
  /** The committed filter (from the URL). */
  value: string;
  onChange: (filter: string) => void;
  presets: FilterPreset[];
  keys: FilterKey[];
  dropdowns?: FilterDropdown[];
  /** The server's complaint about the current filter, shown under the field. */
  error?: string;
  placeholder?: string;
  debounceMs?: number;
};

/**
 * Coder's query text is the single source of truth: typing (debounced), presets, dropdowns and the chip
 * builder all read and write the same string.
 */
export function FilterBar(p: Props) {
  const [text, setText] = useState(p.value);
  const [committed, setCommitted] = useState(p.value);
  // The URL changed under us (back/forward, preset, link): show it.
  if (p.value !== committed) {
    setCommitted(p.value);
    setText(p.value);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    setText(next);
    setCommitted(next.trim());
    if (next.trim() !== p.value.trim()) p.onChange(next.trim());
  };
  /** Typing commits once the text has settled (no request per keystroke). */
  const type = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), p.debounceMs ?? 350);
  };
  const [presetAnchor, setPresetAnchor] = useState<HTMLElement | null>(null);
  const terms = parseTerms(p.value);

  return (
    <Stack spacing={1.5} sx={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignItems: { md: 'flex-start' } }}>
        <Button
          variant="outlined"
          startIcon={<FilterListIcon />}
          onClick={(e) => setPresetAnchor(e.currentTarget)}
          sx={{ height: 40, flexShrink: 0 }}
          aria-haspopup="menu"
        >
          Filters
        </Button>
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
        <TextField
          size="small"
          fullWidth
          label={p.label}
          placeholder={p.placeholder}
          value={text}
          onChange={(e) => type(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(text);
          }}
          error={Boolean(p.error)}
          helperText={p.error}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        {p.dropdowns?.map((d) => (
          <FormControl key={d.key} size="small" sx={{ minWidth: 150, flexShrink: 0 }}>
            <InputLabel id={`filter-${d.key}`}>{d.label}</InputLabel>
            <Select
              labelId={`filter-${d.key}`}
              label={d.label}
              value={
                d.options.some((o) => o.value === termValue(p.value, d.key)) ? termValue(p.value, d.key) : ''
              }
              onChange={(e) => commit(setTerm(p.value, d.key, e.target.value || undefined))}
            >
              <MenuItem value="">
                <em>Any</em>
              </MenuItem>
              {d.options.map((o) => (
                <MenuItem key={o.value} value={o.value}>
                  {o.label}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        ))}
      </Stack>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        aria-label="Filter terms"
      >
        {terms.map((t, i) => (
          <Chip
            key={`${formatTerm(t)}-${i}`}
            label={formatTerm(t)}
            size="small"
            onDelete={() => commit(removeTermAt(p.value, i))}
          />
        ))}
        <FilterBuilder keys={p.keys} onAdd={(t) => commit(addTerm(p.value, t))} />
        {terms.length > 0 && (
          <Button size="small" color="inherit" onClick={() => commit('')}>
            Clear filter
          </Button>
        )}
      </Stack>
    </Stack>
  );
}

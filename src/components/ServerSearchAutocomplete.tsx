import { Autocomplete, TextField, type AutocompleteProps } from '@mui/material';
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useDebounce } from 'use-debounce';
import { errorMessage } from '../lib/http';

type Passed<T, Multiple extends boolean | undefined> = Omit<
  AutocompleteProps<T, Multiple, boolean | undefined, false>,
  'options' | 'renderInput' | 'inputValue' | 'onInputChange' | 'filterOptions' | 'loading'
>;

export type ServerSearchAutocompleteProps<
  T,
  Multiple extends boolean | undefined,
  D,
  K extends QueryKey,
> = Passed<T, Multiple> & {
  label: string;
  placeholder?: string;
  helperText?: string;
  error?: boolean;
  /** The query for a search text (already debounced and trimmed); the server does the matching. */
  search: (q: string) => UseQueryOptions<D, Error, D, K>;
  /** The options for the current search's answer (`undefined` while the answer is for an older text). */
  toOptions: (data: D | undefined, q: string) => T[];
  /** Something else is still loading (e.g. a second source of options). */
  busy?: boolean;
  /** Pickers that add to a list elsewhere: the text empties after each pick. */
  clearOnPick?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  debounceMs?: number;
};

/**
 * The one server-search picker (sharees, workspace owner, organization members, group members): what is
 * typed is debounced, searched on the server, and never answered with an older search's results (a click
 * picks what the current text found). Everything else is MUI's Autocomplete, passed through.
 */
export function ServerSearchAutocomplete<
  T,
  Multiple extends boolean | undefined = false,
  D = unknown,
  K extends QueryKey = QueryKey,
>({
  label,
  placeholder,
  helperText,
  error,
  search,
  toOptions,
  busy = false,
  clearOnPick = false,
  inputRef,
  debounceMs = 250,
  ...autocomplete
}: ServerSearchAutocompleteProps<T, Multiple, D, K>) {
  const [input, setInput] = useState('');
  /** What the user typed (a picked value's label shown in the box is not a search). */
  const [typed, setTyped] = useState('');
  const [q] = useDebounce(typed.trim(), debounceMs);
  const result = useQuery({ ...search(q), placeholderData: keepPreviousData });
  const settled = typed.trim() === q && !result.isPlaceholderData && result.data !== undefined;
  // A failed search says so (in the list's empty text) instead of spinning forever.
  const failed = result.isError && !result.isFetching;
  return (
    <Autocomplete<T, Multiple, boolean | undefined, false>
      {...autocomplete}
      options={toOptions(settled ? result.data : undefined, q)}
      inputValue={input}
      onInputChange={(_, v, reason) => {
        const next = reason === 'reset' && clearOnPick ? '' : v;
        setInput(next);
        setTyped(reason === 'input' ? next : '');
      }}
      filterOptions={(o) => o}
      loading={!failed && (!settled || busy)}
      noOptionsText={failed ? `Search failed: ${errorMessage(result.error)}` : autocomplete.noOptionsText}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label={label}
          placeholder={placeholder}
          error={error}
          helperText={helperText}
        />
      )}
    />
  );
}

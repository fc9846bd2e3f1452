import { Autocomplete, Button, Popover, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Term } from '../lib/filterQuery';
import type { FilterKey } from './FilterBuilder';

type Props = { anchor: HTMLElement; keys: FilterKey[]; onAdd: (term: Term) => void; onClose: () => void };

/** The "Add filter" popover: pick a key (with its description), then a value (suggested or typed). */
export function FilterBuilderPopover({ anchor, keys, onAdd, onClose }: Props) {
  const [key, setKey] = useState<FilterKey | null>(null);
  const [value, setValue] = useState('');
  const close = onClose;
  const add = () => {
    if (key && value.trim()) {
      onAdd({ key: key.key, value: value.trim() });
      close();
    }
  };
  return (
    <Popover open anchorEl={anchor} onClose={close} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
      <Stack
        component="form"
        spacing={2}
        sx={{ p: 2, width: 360 }}
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <Typography variant="subtitle2">Add a filter term</Typography>
        <Autocomplete
          options={keys}
          value={key}
          onChange={(_, k) => {
            setKey(k);
            setValue('');
          }}
          getOptionLabel={(k) => k.key}
          renderOption={({ key: optionKey, ...props }, k) => (
            <li key={optionKey} {...props}>
              <Stack>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {k.key}:
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {k.description}
                </Typography>
              </Stack>
            </li>
          )}
          renderInput={(params) => <TextField {...params} label="Filter key" />}
        />
        <Autocomplete
          freeSolo
          disabled={!key}
          options={key?.values ?? []}
          inputValue={value}
          onInputChange={(_, v) => setValue(v)}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Value"
              placeholder={key?.example}
              helperText={key ? key.description : ' '}
            />
          )}
        />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={!key || !value.trim()}>
            Add
          </Button>
        </Stack>
      </Stack>
    </Popover>
  );
}

import { Autocomplete, TextField } from '@mui/material';

type Props = {
  value: string;
  onChange: (v: string) => void;
  /** The claim fields Coder has seen at sign-ins (`available-fields`). */
  fields: readonly string[];
  readOnly: boolean;
  error?: string;
  helperText: string;
};

/** The claim field: one the server reports, or any other (a claim no user has brought yet). */
export function ClaimFieldInput({ value, onChange, fields, readOnly, error, helperText }: Props) {
  return (
    <Autocomplete
      freeSolo
      options={fields as string[]}
      inputValue={value}
      onInputChange={(_, v) => onChange(v)}
      readOnly={readOnly}
      renderInput={(params) => (
        <TextField {...params} label="Claim field" error={Boolean(error)} helperText={error ?? helperText} />
      )}
    />
  );
}

import { Button, Stack } from '@mui/material';

type Props = {
  /** What Save says ("Save changes", "Save role sync"). */
  saveLabel: string;
  saving: boolean;
  /** Whether anything changed since the last save: Reset (and Save, unless `alwaysSave`) wait for it. */
  dirty: boolean;
  onReset: () => void;
  /** Save stays enabled on an unchanged form (a form that shows the server's verdict on what it holds). */
  alwaysSave?: boolean;
};

/** A settings form's Save (submits the form) and Reset (back to what the server has). */
export function FormActions({ saveLabel, saving, dirty, onReset, alwaysSave = false }: Props) {
  return (
    <Stack direction="row" spacing={1}>
      <Button type="submit" variant="contained" loading={saving} disabled={!alwaysSave && !dirty}>
        {saveLabel}
      </Button>
      <Button onClick={onReset} disabled={!dirty}>
        Reset
      </Button>
    </Stack>
  );
}

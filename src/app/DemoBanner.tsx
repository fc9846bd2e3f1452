import { Alert, Button } from '@mui/material';

/** Shown only in the static demo: where the data lives, and a way back to the seed. */
export function DemoBanner({ onReset }: { onReset: () => void }) {
  return (
    <Alert
      severity="info"
      variant="outlined"
      role="region"
      aria-label="Demo"
      sx={{ borderRadius: 0, borderWidth: '0 0 1px 0', py: 0, alignItems: 'center' }}
      action={
        <Button color="inherit" size="small" onClick={onReset}>
          Reset demo data
        </Button>
      }
    >
      Demo: a mock Coder server runs in your browser; changes stay in this browser.
    </Alert>
  );
}

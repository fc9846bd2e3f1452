import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Fragment, useId } from 'react';

/** The keys the app answers everywhere in the signed-in shell (`?` opens this list). */
const shortcuts: { keys: string[][]; what: string }[] = [
  {
    keys: [
      ['Ctrl', 'K'],
      ['⌘', 'K'],
    ],
    what: 'Open the command palette: go to a page, find someone, run an action',
  },
  { keys: [['/']], what: 'Search this page’s list' },
  { keys: [['?']], what: 'Show these shortcuts' },
  { keys: [['↑'], ['↓']], what: 'In the palette: move through the results' },
  { keys: [['Enter']], what: 'In the palette: choose the highlighted result' },
  { keys: [['Esc']], what: 'Close the palette or a dialog' },
];

function Keys({ keys }: { keys: string[][] }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.75 }}>
      {keys.map((combo, i) => (
        <Fragment key={combo.join('+')}>
          {i > 0 && (
            <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
              or
            </Typography>
          )}
          <Box component="kbd" sx={{ display: 'inline-flex', gap: 0.5 }}>
            {combo.map((k) => (
              <Box
                component="kbd"
                key={k}
                sx={{
                  minWidth: 28,
                  px: 0.75,
                  py: 0.25,
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 1,
                  bgcolor: 'action.hover',
                  fontFamily: 'inherit',
                  fontSize: '0.85rem',
                  textAlign: 'center',
                }}
              >
                {k}
              </Box>
            ))}
          </Box>
        </Fragment>
      ))}
    </Box>
  );
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Keyboard shortcuts</DialogTitle>
      <DialogContent>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, auto) 1fr' },
            columnGap: 3,
            rowGap: { xs: 0.5, sm: 1.5 },
            m: 0,
            alignItems: 'center',
          }}
        >
          {shortcuts.map((s) => (
            <Fragment key={s.what}>
              <Box component="dt" sx={{ mt: { xs: 1.5, sm: 0 } }}>
                <Keys keys={s.keys} />
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                <Typography>{s.what}</Typography>
              </Box>
            </Fragment>
          ))}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

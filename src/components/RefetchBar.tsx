import { Box, LinearProgress } from '@mui/material';

/**
 * A thin progress bar over a list while it refetches (rows already shown). When idle it leaves an empty
 * strip of the same height, so the rows never move: not a hidden bar, whose endless animation kept the
 * browser drawing frames (~10 % of a core) on an idle page.
 */
export function RefetchBar({ active, label }: { active: boolean; label: string }) {
  return active ? <LinearProgress aria-label={label} /> : <Box aria-hidden sx={{ height: 4 }} />;
}

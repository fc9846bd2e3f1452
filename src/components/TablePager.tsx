import { IconButton, TablePagination, type IconButtonProps } from '@mui/material';
import { forwardRef } from 'react';
import { formatCount } from '../lib/plural';

type Props = {
  count: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (size: number) => void;
  pageSizes?: number[];
};

const n = formatCount;

/**
 * Previous / next with the browser's own hint (`title`) instead of MUI's Tooltip: the pointer rests on
 * "next page" while the next page renders, and an open Tooltip re-positions its popper after every one
 * of those renders (~10 ms a page turn in the bench's profile).
 */
const PagerButton = forwardRef<HTMLButtonElement, IconButtonProps>(function PagerButton(
  { title, 'aria-label': label, ...rest },
  ref,
) {
  return <IconButton ref={ref} aria-label={label ?? title} title={title} {...rest} />;
});
const pagerSlots = { actions: { previousButton: PagerButton, nextButton: PagerButton } };

/** Server-side pagination controls: "1–25 of 1,234", page sizes 25/50/100. */
export function TablePager({
  count,
  page,
  pageSize,
  onPageChange,
  onPageSizeChange,
  pageSizes = [25, 50, 100],
}: Props) {
  return (
    <TablePagination
      component="div"
      count={count}
      page={count === 0 ? 0 : Math.min(page - 1, Math.max(0, Math.ceil(count / pageSize) - 1))}
      rowsPerPage={pageSize}
      rowsPerPageOptions={pageSizes}
      onPageChange={(_, p) => onPageChange(p + 1)}
      onRowsPerPageChange={(e) => onPageSizeChange(Number(e.target.value))}
      labelDisplayedRows={({ from, to, count: c }) => `${n(from)}–${n(to)} of ${n(c)}`}
      labelRowsPerPage="Rows per page"
      slots={pagerSlots}
      // On a phone the row does not fit: it wraps, right-aligned, instead of clipping the page buttons.
      sx={{
        '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', justifyContent: 'flex-end', rowGap: 0.5 },
        '& .MuiTablePagination-spacer': { display: { xs: 'none', sm: 'block' } },
      }}
    />
  );
}

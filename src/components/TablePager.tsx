import { formatCount } from '../lib/plural';
import { TablePagination } from '@mui/material';

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
      // On a phone the row does not fit: it wraps, right-aligned, instead of clipping the page buttons.
      sx={{
        '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', justifyContent: 'flex-end', rowGap: 0.5 },
        '& .MuiTablePagination-spacer': { display: { xs: 'none', sm: 'block' } },
      }}
    />
  );
}

import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import { Box, IconButton, InputBase, NativeSelect, Typography } from '@mui/material';
import { useId } from 'react';
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
 * Server-side pagination controls: "Rows per page", "1–25 of 1,234", previous and next. The layout and
 * names of MUI's TablePagination, from smaller parts: TablePagination imports MUI's Select (with its menu,
 * popover, modal and three input variants) and wraps its buttons in Tooltips (Popper.js): ~14 KB gzip on
 * every list page's first load. The page size is the browser's own select; previous and next carry the
 * browser's hint (`title`), which also spares a Tooltip re-positioning itself after every page render.
 */
export function TablePager({
  count,
  page,
  pageSize,
  onPageChange,
  onPageSizeChange,
  pageSizes = [25, 50, 100],
}: Props) {
  const id = useId();
  const last = Math.max(0, Math.ceil(count / pageSize) - 1);
  const index = count === 0 ? 0 : Math.min(page - 1, last);
  const from = count === 0 ? 0 : index * pageSize + 1;
  const to = Math.min(count, (index + 1) * pageSize);
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'flex-end',
        columnGap: 1,
        rowGap: 0.5,
        minHeight: 52,
        px: 2,
        color: 'text.primary',
      }}
    >
      <Typography component="label" htmlFor={id} variant="body2">
        Rows per page
      </Typography>
      <NativeSelect
        id={id}
        input={<InputBase />}
        value={pageSize}
        onChange={(e) => onPageSizeChange(Number(e.target.value))}
        sx={{ mr: { xs: 1, sm: 3 }, fontSize: 'body2.fontSize' }}
      >
        {pageSizes.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </NativeSelect>
      <Typography variant="body2" component="p" sx={{ m: 0 }}>
        {`${n(from)}–${n(to)} of ${n(count)}`}
      </Typography>
      <Box sx={{ flexShrink: 0, ml: { xs: 0, sm: 2 } }}>
        <IconButton
          aria-label="Go to previous page"
          title="Go to previous page"
          disabled={index === 0}
          onClick={() => onPageChange(index)}
        >
          <KeyboardArrowLeft />
        </IconButton>
        <IconButton
          aria-label="Go to next page"
          title="Go to next page"
          disabled={count === 0 || index >= last}
          onClick={() => onPageChange(index + 2)}
        >
          <KeyboardArrowRight />
        </IconButton>
      </Box>
    </Box>
  );
}

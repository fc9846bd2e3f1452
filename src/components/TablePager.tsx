import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import { IconButton } from '@mui/material';
import { useId } from 'react';
import { formatCount } from '../lib/plural';
import { BareSelect } from './Field';
import css from './TablePager.module.css';

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
    <div className={css.pager}>
      <label htmlFor={id}>Rows per page</label>
      <BareSelect
        id={id}
        value={pageSize}
        onChange={(e) => onPageSizeChange(Number(e.target.value))}
        className={css.pageSize}
      >
        {pageSizes.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </BareSelect>
      <p>{`${n(from)}–${n(to)} of ${n(count)}`}</p>
      <div className={css.moves}>
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
      </div>
    </div>
  );
}

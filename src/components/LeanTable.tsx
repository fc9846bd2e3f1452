import {
  useLayoutEffect,
  useRef,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
  type TdHTMLAttributes,
  type ThHTMLAttributes,
} from 'react';
import { classNames } from '../lib/classNames';
import styles from './LeanTable.module.css';

/**
 * The long lists' tables (users, workspaces) as plain `table` / `th` / `tr` / `td` / `input` styled by one
 * stylesheet (LeanTable.module.css) in the look of MUI's small Table, instead of a MUI component, and its
 * emotion styles, per cell. A page of 25 workspaces was ~750 styled components, and rendering them was
 * most of "next page" (bench, #17); MUI's Table, TableContainer, TableHead, TableBody, TableRow and
 * TableCell were ~3.5 KB gzip of the lists' first load (#16).
 *
 * The container scrolls sideways when the table is wider than the screen. Column widths come from the
 * header (`HeadCell`'s `width`), never from the rows on screen, so they hold still between filters and
 * pages: from `lg` up the layout is fixed and `minWidth` keeps room for the one column without a width
 * (the name). `phoneFixed` fixes it below `md` too (the name is cut with "…" rather than pushing the
 * status under the pinned actions column).
 */
export function LeanTable(p: { label: string; minWidth: number; phoneFixed?: boolean; children: ReactNode }) {
  return (
    <div className={styles.container}>
      <table
        aria-label={p.label}
        className={classNames(styles.table, p.phoneFixed && styles.phoneFixed)}
        style={{ '--table-min-width': `${p.minWidth}px` } as CSSProperties}
      >
        {p.children}
      </table>
    </div>
  );
}

type HeadCellProps = ThHTMLAttributes<HTMLTableCellElement> & {
  /** In px; `{ xs, md }`: another from `md` up. */
  width?: number | { xs: number; md: number };
  /** Hidden below `md`: a secondary column. */
  phoneHide?: boolean;
  /** Pinned to the right edge (the row actions). */
  sticky?: boolean;
  /** The checkbox column. */
  check?: boolean;
  align?: 'right';
};

/** A column's header cell (`scope="col"`). */
export function HeadCell({
  width,
  phoneHide,
  sticky,
  check,
  align,
  className,
  style,
  ...rest
}: HeadCellProps) {
  const w = typeof width === 'number' ? { xs: width, md: width } : width;
  return (
    <th
      scope="col"
      {...rest}
      className={classNames(
        className,
        phoneHide && styles.phoneHide,
        sticky && styles.sticky,
        check && styles.check,
        align === 'right' && styles.right,
      )}
      style={w ? ({ ...style, '--col-w': `${w.xs}px`, '--col-w-md': `${w.md}px` } as CSSProperties) : style}
    />
  );
}

export function Row({ picked, children }: { picked?: boolean; children: ReactNode }) {
  return <tr className={picked ? styles.picked : undefined}>{children}</tr>;
}

type CellProps = TdHTMLAttributes<HTMLTableCellElement> & {
  /** Hidden below `md`: a secondary column. */
  phoneHide?: boolean;
  /** One line, cut with "…". */
  ellipsis?: boolean;
  nowrap?: boolean;
  /** Pinned to the right edge (the row actions). */
  sticky?: boolean;
  /** The checkbox column. */
  check?: boolean;
  align?: 'right';
};

export function Cell({ phoneHide, ellipsis, nowrap, sticky, check, align, className, ...rest }: CellProps) {
  return (
    <td
      {...rest}
      className={classNames(
        className,
        phoneHide && styles.phoneHide,
        ellipsis && styles.ellipsis,
        nowrap && styles.nowrap,
        sticky && styles.sticky,
        check && styles.check,
        align === 'right' && styles.right,
      )}
    />
  );
}

type CheckboxProps = {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
};

/** A native checkbox (keyboard, focus ring and form semantics for free), drawn in the primary colour. */
export function RowCheckbox({ label, checked, indeterminate = false, disabled, onChange }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={styles.checkbox}
      aria-label={label}
      checked={checked}
      disabled={disabled}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

/** The header's checkbox: picks or drops every row on the page (mixed while some of them are picked). */
export function SelectPageCell(p: {
  noun: string;
  total: number;
  picked: number;
  onChange: (checked: boolean) => void;
}) {
  return (
    <HeadCell check>
      <RowCheckbox
        label={`Select all ${p.noun} on this page`}
        checked={p.total > 0 && p.picked === p.total}
        indeterminate={p.picked > 0 && p.picked < p.total}
        onChange={p.onChange}
      />
    </HeadCell>
  );
}

/** Things side by side, vertically centred: a few chips (wrapping), or an icon and a label (`nowrap`: one line, "…"). */
export function Inline({ nowrap, children }: { nowrap?: boolean; children: ReactNode }) {
  return <div className={classNames(styles.inline, nowrap && styles.nowrap)}>{children}</div>;
}

const MORE_VERT =
  'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2';

/** A row's "more actions" button (⋮), opening its menu: a plain button, one per row. */
export function RowMenuButton({ label, onOpen }: { label: string; onOpen: (anchor: HTMLElement) => void }) {
  return (
    <button
      type="button"
      className={styles.iconButton}
      aria-label={label}
      aria-haspopup="menu"
      onClick={(e: MouseEvent<HTMLButtonElement>) => onOpen(e.currentTarget)}
    >
      {/* Material's "more vert" glyph as plain SVG (the icon component is a styled one, per row). */}
      <svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden focusable="false">
        <path d={MORE_VERT} />
      </svg>
    </button>
  );
}

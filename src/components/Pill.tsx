import type { HTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
import { classNames } from '../lib/classNames';
import styles from './Pill.module.css';

export type PillColor = 'default' | 'primary' | 'success' | 'info' | 'warning' | 'error';

type Props = Omit<HTMLAttributes<HTMLElement>, 'color'> & {
  label: ReactNode;
  color?: PillColor;
  variant?: 'filled' | 'outlined';
  icon?: ReactNode;
  /** The colour in the border only, the text in the normal text colour (outlined warning on paper). */
  plainText?: boolean;
  /** A button (it opens something) rather than a label. */
  onClick?: (e: MouseEvent<HTMLElement>) => void;
  /**
   * A label with a remove button after it (a filter term), named `deleteLabel`; Delete or Backspace on it
   * removes too, as on MUI's deletable Chip. Not with `onClick`.
   */
  onDelete?: () => void;
  /** The remove button's name: what it removes, distinct from other buttons on the page. */
  deleteLabel?: string;
  /** For a Tooltip around it. */
  ref?: Ref<HTMLElement>;
};

/**
 * A small chip (status, role, "Outdated") as plain elements, looking like MUI's small Chip. Used where
 * many are drawn at once (every row of the users and workspaces lists); MUI's Chip (two styled
 * components and a ButtonBase when clickable) was a measurable share of rendering a page (bench, #17).
 */
export function Pill({
  label,
  color = 'default',
  variant = 'filled',
  icon,
  plainText,
  className,
  ref,
  onDelete,
  deleteLabel,
  ...rest
}: Props) {
  const cls = classNames(
    styles.pill,
    styles[variant],
    color !== 'default' && styles[color],
    color !== 'default' && styles.coloured,
    plainText && styles.plainText,
    className,
  );
  const content = (
    <>
      {icon && <span className={styles.icon}>{icon}</span>}
      <span className={styles.label}>{label}</span>
      {onDelete && (
        <button
          type="button"
          className={styles.remove}
          aria-label={deleteLabel ?? 'Remove'}
          onClick={onDelete}
          onKeyDown={(e) => {
            if (e.key === 'Delete' || e.key === 'Backspace') {
              e.preventDefault();
              onDelete();
            }
          }}
        >
          {/* MUI's Cancel icon. */}
          <svg viewBox="0 0 24 24" aria-hidden focusable="false">
            <path d="M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2m5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12z" />
          </svg>
        </button>
      )}
    </>
  );
  return rest.onClick ? (
    <button type="button" className={cls} {...rest} ref={ref as Ref<HTMLButtonElement>}>
      {content}
    </button>
  ) : (
    <span className={cls} {...rest} ref={ref}>
      {content}
    </span>
  );
}

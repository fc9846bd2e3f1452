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

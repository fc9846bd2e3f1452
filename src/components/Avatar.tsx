import type { SyntheticEvent } from 'react';
import { classNames } from '../lib/classNames';
import { imageSrc } from '../lib/imageUrl';
import styles from './Avatar.module.css';

type Props = {
  /** The image URL; only http(s) and `data:image` render (lib/imageUrl). */
  src?: string;
  /** Shown when there is no image, or while it loads, or when it fails. */
  letter: string;
  size: number;
  variant?: 'circular' | 'rounded';
  /** A light ring in dark mode (template icons drawn on a dark tile). */
  ringInDark?: boolean;
  /** A class of the caller's, e.g. another background. */
  className?: string;
};

const hide = (e: SyntheticEvent<HTMLImageElement>) => {
  e.currentTarget.hidden = true;
};

/**
 * An avatar as two plain elements: rows of a long list show one or two each, and MUI's Avatar (a styled
 * root, a styled image and a load-state hook) was a measurable share of rendering a page (bench, #17).
 * Decorative: the name beside it says who it is.
 */
export function Avatar({ src, letter, size, variant = 'circular', ringInDark, className: extra }: Props) {
  const url = imageSrc(src);
  const className = classNames(
    styles.avatar,
    variant === 'rounded' && styles.rounded,
    ringInDark && styles.ringInDark,
    extra,
  );
  return (
    <span
      className={className}
      data-variant={variant}
      aria-hidden
      style={{ width: size, height: size, fontSize: size * (variant === 'rounded' ? 0.5 : 0.42) }}
    >
      {letter.slice(0, 1).toUpperCase()}
      {url && <img key={url} className={styles.image} src={url} alt="" onError={hide} />}
    </span>
  );
}

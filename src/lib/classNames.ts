/** Class names joined with spaces, skipping the ones switched off (`cond && styles.x`); none gives no attribute. */
export const classNames = (...names: (string | false | null | undefined)[]): string | undefined =>
  names.filter(Boolean).join(' ') || undefined;

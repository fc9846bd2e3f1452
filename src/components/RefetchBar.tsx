import styles from './RefetchBar.module.css';

/**
 * A thin progress bar over a list while it refetches (rows already shown). When idle it leaves an empty
 * strip of the same height, so the rows never move: not a hidden bar, whose endless animation kept the
 * browser drawing frames (~10 % of a core) on an idle page. Plain CSS in the look of MUI's LinearProgress,
 * which is not worth its weight on every list page's first load.
 */
export function RefetchBar({ active, label }: { active: boolean; label: string }) {
  return active ? (
    <div role="progressbar" aria-label={label} className={styles.bar} />
  ) : (
    <div aria-hidden className={styles.idle} />
  );
}

import type { MenuProps } from '@mui/material/Menu';
import { lazy, Suspense, useEffect, useState } from 'react';

const load = () => import('@mui/material/Menu');
const MuiMenu = lazy(load);

let preloading = false;
/**
 * Fetches MUI's Menu once the page has settled: by the time someone opens a menu it is there. Until then no
 * list page waits for it (it brings Popover, Modal, the focus trap and Grow: ~9 KB gzip).
 */
function preloadWhenIdle() {
  if (preloading) return;
  preloading = true;
  const start = () => void load().catch(() => (preloading = false));
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 3000 });
  else window.setTimeout(start, 1000);
}

/**
 * MUI's Menu, same props, loaded apart from the page that shows it (see `preloadWhenIdle`). Nothing renders
 * until the first opening; from then on it stays mounted so closing plays MUI's exit and returns focus.
 */
export function Menu(props: MenuProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  useEffect(preloadWhenIdle, []);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <MuiMenu {...props} />
    </Suspense>
  );
}

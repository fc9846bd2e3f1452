import { useCallback, useSyncExternalStore } from 'react';

const lists = new Map<string, MediaQueryList>();
/** One MediaQueryList per query (a render asks for it each time). */
function mediaList(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query.replace(/^@media\s*/, ''))));
  return list;
}

/**
 * Whether a media query matches, following changes: React's external-store hook over `matchMedia`.
 * Takes the theme's breakpoints as they are (`theme.breakpoints.up('md')`, with its `@media`). MUI's
 * `useMediaQuery` does the same with server rendering and theme defaults this app has no use for, at
 * ~0.8 KB gzip on every page's first load for the shell's two wide/narrow switches.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaList(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => mediaList(query).matches);
}

import { Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { lazyNamed } from '../lib/lazyNamed';
import { preloadWhenIdle } from '../lib/preloadWhenIdle';
import type { NoticeProps } from './NoticeSnackbar';
import { NotifyContext, type Notice } from './NotifyContext';

type Queued = Notice & { key: number };
let nextKey = 0;

const load = () => import('./NoticeSnackbar');
/** Its code could not be fetched (offline since the page loaded): the message is dropped, the queue goes on. */
function Unloaded({ onExited }: NoticeProps) {
  useEffect(onExited, [onExited]);
  return null;
}
const NoticeSnackbar = lazyNamed(() => load().catch(() => ({ NoticeSnackbar: Unloaded })), 'NoticeSnackbar');

/**
 * The app-wide snackbar queue: messages show one at a time, in order (`NoticeSnackbar`). The snackbar's
 * code is not part of any page's first load: it is fetched once the browser is idle after the first
 * render, before anything has been done that a message would report.
 */
export function SnackbarQueue({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Queued[]>([]);
  const [open, setOpen] = useState(true);
  const notify = useCallback((n: Notice) => setQueue((q) => [...q, { ...n, key: nextKey++ }]), []);
  const close = useCallback(() => setOpen(false), []);
  const next = useCallback(() => {
    setQueue((q) => q.slice(1));
    setOpen(true);
  }, []);
  useEffect(() => preloadWhenIdle(load), []);
  const current = queue[0];
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      {current && (
        <Suspense fallback={null}>
          <NoticeSnackbar key={current.key} notice={current} open={open} onClose={close} onExited={next} />
        </Suspense>
      )}
    </NotifyContext.Provider>
  );
}

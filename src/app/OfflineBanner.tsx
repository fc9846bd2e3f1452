import { useSyncExternalStore } from 'react';
import { Alert } from '../components/Alert';
import alertCss from '../components/Alert.module.css';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const isOnline = () => navigator.onLine;
const alwaysOnline = () => true;

/** The browser's own online/offline state (its `online` and `offline` events). */
function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, alwaysOnline);
}

/**
 * App-wide, above every page, while the browser says it is offline: what is on screen may be out of date
 * and nothing can be saved. Requests still go out and fail in place (each with its own error and Retry),
 * so nothing is sent later behind the user's back.
 */
export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <Alert severity="warning" role="status" aria-label="Offline" className={alertCss.banner}>
      You are offline. What is shown may be out of date, and changes cannot be saved until the connection
      returns.
    </Alert>
  );
}

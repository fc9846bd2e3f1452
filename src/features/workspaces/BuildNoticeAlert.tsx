import { Button } from '@mui/material';
import { Alert } from '../../components/Alert';
import alertCss from '../../components/Alert.module.css';
import type { BuildNotice } from './buildRun';

/**
 * The banner of a build run: progress with Cancel while requests are sent (`onCancel`), then the builds'
 * outcome, which can be dismissed (`onDismiss`).
 */
export function BuildNoticeAlert(p: { notice: BuildNotice; onDismiss?: () => void; onCancel?: () => void }) {
  return (
    <Alert
      severity={p.notice.severity}
      onClose={p.notice.cancellable ? undefined : p.onDismiss}
      action={
        p.notice.cancellable && p.onCancel ? (
          <Button color="inherit" size="small" onClick={p.onCancel}>
            Cancel
          </Button>
        ) : undefined
      }
      className={alertCss.spaced}
    >
      {p.notice.text}
    </Alert>
  );
}

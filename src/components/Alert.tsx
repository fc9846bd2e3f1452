import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import TaskAlt from '@mui/icons-material/TaskAlt';
import CloseIcon from '@mui/icons-material/Close';
import { IconButton } from '@mui/material';
import type { ReactNode } from 'react';
import { classNames } from '../lib/classNames';
import css from './Alert.module.css';

type Severity = 'error' | 'warning' | 'info' | 'success';

/** MUI's Alert icons (its own are internal to the package). */
const icons: Record<Severity, ReactNode> = {
  error: <ErrorOutline fontSize="inherit" />,
  warning: <ReportProblemOutlined fontSize="inherit" />,
  info: <InfoOutlined fontSize="inherit" />,
  success: <TaskAlt fontSize="inherit" />,
};

type Props = {
  severity: Severity;
  /** A first line in bold (MUI's AlertTitle). */
  title?: ReactNode;
  /** On the right: a Retry button, say. */
  action?: ReactNode;
  /** A close button on the right, named "Close" (as MUI's), when there is no other action. */
  onClose?: () => void;
  children?: ReactNode;
  className?: string;
  /** `status` for a standing state rather than news (the offline banner). */
  role?: 'alert' | 'status';
  'aria-label'?: string;
};

/**
 * MUI's standard Alert in its look (Alert.module.css), for what any page may show on its first load: an
 * error with Retry (ErrorAlert) and the list's notices. MUI's Alert brings its Paper and four icons to
 * every first load; dialogs and forms, loaded on demand, use MUI's. Announced as `role="alert"` unless told.
 */
export function Alert({
  severity,
  title,
  action,
  onClose,
  children,
  className,
  role = 'alert',
  ...aria
}: Props) {
  const end =
    action ??
    (onClose && (
      <IconButton size="small" aria-label="Close" title="Close" color="inherit" onClick={onClose}>
        <CloseIcon fontSize="small" />
      </IconButton>
    ));
  return (
    <div role={role} className={classNames(css.alert, css[severity], className)} {...aria}>
      <div className={css.icon}>{icons[severity]}</div>
      <div className={css.message}>
        {title && <div className={css.title}>{title}</div>}
        {children}
      </div>
      {end && <div className={css.action}>{end}</div>}
    </div>
  );
}

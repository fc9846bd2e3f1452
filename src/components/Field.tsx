import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { classNames } from '../lib/classNames';
import css from './Field.module.css';

type FrameProps = {
  id: string;
  label: string;
  /** A message under the field; the field shows as in error. */
  error?: string;
  fullWidth?: boolean;
  className?: string;
  children: ReactNode;
};

/** The label on the outline's notch, the outline, and the message under it (Field.module.css). */
function Frame({ id, label, error, fullWidth, className, children }: FrameProps) {
  return (
    <div className={classNames(css.field, fullWidth && css.fullWidth, error && css.error, className)}>
      <label htmlFor={id} className={css.label}>
        {label}
      </label>
      <div className={css.box}>
        {children}
        <fieldset aria-hidden="true" className={css.outline}>
          <legend>
            <span>{label}</span>
          </legend>
        </fieldset>
      </div>
      {error && (
        <p id={`${id}-helper`} className={css.helper}>
          {error}
        </p>
      )}
    </div>
  );
}

type LeanTextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: string;
  error?: string;
  fullWidth?: boolean;
  /** Drawn before the text (a search glass). */
  icon?: ReactNode;
};

/**
 * A small outlined text field, in the look of MUI's `<TextField size="small">` with a start adornment.
 * The message, if any, describes the input.
 */
export function LeanTextField({
  id,
  label,
  error,
  fullWidth,
  icon,
  className,
  ...input
}: LeanTextFieldProps) {
  return (
    <Frame id={id} label={label} error={error} fullWidth={fullWidth} className={className}>
      {icon && <span className={css.icon}>{icon}</span>}
      <input
        id={id}
        className={css.control}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-helper` : undefined}
        {...input}
      />
    </Frame>
  );
}

type LeanSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: string;
};

/** The browser's own select in the outlined field's look (MUI's `<NativeSelect>` in an outlined input). */
export function LeanSelect({ id, label, className, children, ...select }: LeanSelectProps) {
  return (
    <Frame id={id} label={label} className={classNames(css.select, className)}>
      <select id={id} className={css.control} {...select}>
        {children}
      </select>
      <span className={css.caret}>
        <ArrowDropDown fontSize="inherit" />
      </span>
    </Frame>
  );
}

/** The browser's own select with no outline or label of its own (the pager's "Rows per page"). */
export function BareSelect({ className, children, ...select }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <span className={classNames(css.bare, className)}>
      <select {...select}>{children}</select>
      <span className={css.caret}>
        <ArrowDropDown fontSize="inherit" />
      </span>
    </span>
  );
}

import { useId, type ReactNode } from 'react';

/** Props that tie a control to its label, hint and error. Spread them onto the input. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  label: string;
  /** The message of a failed validation (text, or text with a way out such as a link); shown under the control and announced with it. */
  error?: ReactNode;
  hint?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
  className?: string;
}

/**
 * A labelled control: the label names it, and the hint and the error describe it through
 * aria-describedby, so a screen reader reads the error with the field and tests can find both by role.
 */
export function Field({ label, error, hint, children, className }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox with its label after it, as people expect to click either. */
export function CheckboxField({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field field-checkbox">
      {children({ id, 'aria-describedby': hint ? hintId : undefined, 'aria-invalid': undefined })}
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

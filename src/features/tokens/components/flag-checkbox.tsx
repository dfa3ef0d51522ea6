import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * A checkbox that can carry an error (the shared CheckboxField cannot): "v2 token format" is where the
 * "restrictions need v2" contradiction is reported, tied to the box by aria-describedby.
 */
export function FlagCheckbox({
  label,
  registration,
  hint,
  error,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field field-checkbox">
      <input {...registration} id={id} type="checkbox" aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
      <label htmlFor={id}>{label}</label>
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

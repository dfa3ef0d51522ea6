import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isBackendError } from './backend-error.ts';

/**
 * Puts a backend refusal on the form fields it names (ARCHITECTURE convention 5), so the message sits
 * under the input instead of only in a banner. `fieldFor` maps the wire path (e.g. `user.profile.email`)
 * to the form's field name, or undefined when the form has no such field. Returns whether any field got
 * an error; the caller shows the rest in the form's alert.
 */
export function setServerFieldErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fieldFor: (wirePath: string) => Path<Values> | undefined,
): boolean {
  if (!isBackendError(error)) return false;
  const issues = error.issues.length > 0 ? error.issues : error.field ? [{ field: error.field, message: error.message }] : [];
  let placed = false;
  for (const issue of issues) {
    const name = fieldFor(issue.field);
    if (!name) continue;
    setError(name, { type: 'server', message: issue.message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}

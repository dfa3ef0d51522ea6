import { useId } from 'react';

/**
 * "New user" is part of the QA contract, but creating users ships with the user editor. Until then the
 * button is present, focusable and announced as unavailable with the reason, rather than hidden or
 * pointing at a page that cannot do the job.
 */
export function NewUserButton() {
  const reasonId = useId();
  return (
    <span className="new-user">
      <button type="button" aria-disabled="true" aria-describedby={reasonId}>
        New user
      </button>
      <span id={reasonId} className="field-hint">
        Creating users comes with the user editor.
      </span>
    </span>
  );
}

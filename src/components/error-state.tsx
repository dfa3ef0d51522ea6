import type { ReactNode } from 'react';
import { errorMessage } from '../lib/backend-error.ts';

/** A failed load: the error message people can act on and a way to try again. */
export function ErrorState({
  title,
  error,
  onRetry,
  children,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** Further ways out, e.g. "First page" when a cursor went stale. */
  children?: ReactNode;
}) {
  return (
    <div className="error-state" role="alert">
      <p className="error-state-title">{title}</p>
      <p>{errorMessage(error)}</p>
      <p className="actions">
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        ) : null}
        {children}
      </p>
    </div>
  );
}

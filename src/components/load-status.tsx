import type { FetchStatus } from '@tanstack/react-query';
import { errorMessage } from '../lib/backend-error.ts';
import { READ_ATTEMPTS } from '../lib/query-client.ts';

/** The part of a query's state that says how its loading goes (useQuery's result has it). */
export interface LoadProgress {
  fetchStatus: FetchStatus;
  /** Failed attempts of the fetch in progress (reset when a new fetch starts). */
  failureCount: number;
  failureReason: unknown;
}

/** What a load is doing, in words: loading, trying again after a failure, or waiting for the connection. */
export function describeLoad(subject: string, { fetchStatus, failureCount }: LoadProgress): string | null {
  if (fetchStatus === 'paused') return `Offline: the ${subject} will load when the connection is back.`;
  if (fetchStatus === 'idle') return null;
  if (failureCount === 0) return `Loading the ${subject}…`;
  return `Still trying to load the ${subject}: attempt ${Math.min(failureCount + 1, READ_ATTEMPTS)} of ${READ_ATTEMPTS}…`;
}

/**
 * A load in progress that says what it is doing, so a slow or failing backend reads as "still trying",
 * not as a page that hangs. Renders nothing when the query is idle; the error state takes over once
 * every attempt has failed.
 */
export function LoadStatus({ subject, query }: { subject: string; query: LoadProgress }) {
  const text = describeLoad(subject, query);
  if (text === null) return null;
  const retrying = query.fetchStatus === 'fetching' && query.failureCount > 0;
  return (
    <p className="load-status" role="status">
      {query.fetchStatus === 'fetching' ? <span className="spinner-circle" aria-hidden="true" /> : null}
      <span>
        {text}
        {retrying && query.failureReason ? <span className="muted"> The last attempt failed: {errorMessage(query.failureReason)}</span> : null}
      </span>
    </p>
  );
}

import { onlineManager, QueryClient } from '@tanstack/react-query';
import { isRetryable } from './backend-error.ts';
import { reconnectDelay, type BackoffPolicy } from './presence/backoff.ts';

/** Retries after the first failed read; a read is tried at most `READ_ATTEMPTS` times before its error shows. */
export const READ_RETRIES = 3;
export const READ_ATTEMPTS = READ_RETRIES + 1;

/**
 * 200–400 ms, 400–800 ms, 800–1600 ms: at a failure rate of 1 the error state (with its "Retry") shows
 * within about three seconds, yet four attempts make a read that fails half the time load 15 times in 16.
 * The jitter keeps the directory's queries from retrying in lockstep against a backend that is struggling.
 */
export const READ_BACKOFF: BackoffPolicy = { baseMs: 400, capMs: 3_200 };

/** Whether a failed read is tried again: only failures that may pass on their own (network, timeout, 503…). */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < READ_RETRIES && isRetryable(error);
}

export function readRetryDelay(failureCount: number, random: () => number = Math.random): number {
  return reconnectDelay(failureCount, random, READ_BACKOFF);
}

/**
 * Reads retry with backoff and pause while the browser is offline (networkMode "online", the default),
 * resuming by themselves when it is back. Writes are never retried automatically: a userset whose answer
 * was lost may have landed, and only the form that sent it can tell (see docs/fault-tolerance.md). They
 * are sent even when the browser says it is offline ("always"), so that a save fails at once with a
 * clear message and a "Retry", instead of waiting invisibly in memory for a connection.
 */
export function createQueryClient(): QueryClient {
  // TanStack assumes online at start and learns only from later events; a console opened offline says so.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) onlineManager.setOnline(false);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryRead,
        retryDelay: (failureCount) => readRetryDelay(failureCount),
        // An admin console: refetching every table on window focus surprises more than it helps.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

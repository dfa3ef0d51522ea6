import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from './backend-error.ts';

const MAX_RETRIES = 2;

/**
 * Retries only failures that may pass on their own (network, timeout, UNAVAILABLE, 5xx), quickly, so
 * the mock's failure rate shows as an error state within a second or two, not after half a minute.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isRetryable(error),
        retryDelay: (attempt) => Math.min(250 * 2 ** attempt, 2_000),
        // An admin console: refetching every table on window focus surprises more than it helps.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

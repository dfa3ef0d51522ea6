import type { BackendErrorCode, TransportErrorCode } from '../contract/index.ts';

export type BackendErrorKind = BackendErrorCode | TransportErrorCode;

export interface FieldIssue {
  /** Dotted wire path, e.g. `user.profile.email`. */
  field: string;
  message: string;
}

/**
 * The one error the backend adapter throws. `code` is either a contract error code the backend answered
 * with, or a transport code for a call that never produced a well-formed answer. `message` is meant for
 * the person at the screen, so it says what to do; `field` names the offending parameter when known.
 */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  readonly code: BackendErrorKind;
  readonly field: string | undefined;
  /** HTTP status for `HTTP` errors; useful to tell a wrong URL (404) from an outage (5xx). */
  readonly status: number | undefined;
  /** Every invalid parameter when the backend named several (forms mark each field). */
  readonly issues: readonly FieldIssue[];

  constructor(
    code: BackendErrorKind,
    message: string,
    options: { field?: string; status?: number; cause?: unknown; issues?: readonly FieldIssue[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.status = options.status;
    this.issues = options.issues ?? [];
  }
}

export function isBackendError(error: unknown): error is BackendError {
  return error instanceof BackendError;
}

/** Failures that may pass on their own: worth an automatic retry and a "Retry" button. */
export function isRetryable(error: unknown): boolean {
  if (!isBackendError(error)) return false;
  if (error.code === 'HTTP') return error.status === undefined || error.status >= 500 || error.status === 429;
  return error.code === 'NETWORK' || error.code === 'TIMEOUT' || error.code === 'UNAVAILABLE';
}

/**
 * A write that failed this way may still have been applied: the request may have reached the backend
 * and only its answer was lost (the connection dropped, the wait timed out, a gateway gave up). An
 * explicit refusal (UNAVAILABLE, a validation error) means it was not.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!isBackendError(error)) return false;
  if (error.code === 'HTTP') return error.status === undefined || error.status >= 500;
  return error.code === 'NETWORK' || error.code === 'TIMEOUT';
}

/** A message for any thrown value, for error states that may also catch non-backend errors. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

import { z } from 'zod';

/**
 * The closed set of machine-readable error codes a backend answers with `result: false`.
 * The adapter adds its own transport codes (see `TransportErrorCode`) for failures that never
 * reached a well-formed answer.
 */
export const backendErrorCodes = [
  'BAD_REQUEST', // body is not JSON, or not an object
  'UNKNOWN_OP', // op missing or not one the backend knows
  'UNAUTHORIZED', // app token missing or wrong
  'VALIDATION', // a parameter is malformed; `field` names it
  'NOT_FOUND', // the user (or contact, token) does not exist
  'ALREADY_EXISTS', // a unique value is taken (uniqueId)
  'CONFLICT', // the user changed since the version the caller read
  'LIMIT_EXCEEDED', // a documented capacity limit (batch size, custom keys)
  'UNAVAILABLE', // the backend could not serve the request now; safe to retry
  'FORBIDDEN', // the operator's role does not allow this op or parameter
] as const;
export const backendErrorCodeSchema = z.enum(backendErrorCodes);
export type BackendErrorCode = z.infer<typeof backendErrorCodeSchema>;

export const transportErrorCodes = ['NETWORK', 'TIMEOUT', 'HTTP', 'MALFORMED_ANSWER', 'BACKEND'] as const;
export type TransportErrorCode = (typeof transportErrorCodes)[number];

export const errorDetailSchema = z.object({
  code: backendErrorCodeSchema,
  message: z.string(),
  /** Dotted path of the offending parameter, e.g. `user.profile.email`. */
  field: z.string().optional(),
  /** Every invalid parameter when there are several, so a form can mark each field. */
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

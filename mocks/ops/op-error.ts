import type { BackendErrorCode } from '../../src/contract/index.ts';

/** A refusal the dispatcher turns into `result: false` with this code, message and field. */
export class OpError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

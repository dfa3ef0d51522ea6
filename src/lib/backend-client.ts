import type { z } from 'zod';
import { failureAnswerSchema, operations, type OpAnswer, type OpName, type OpParams } from '../contract/index.ts';
import { BackendError } from './backend-error.ts';

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface BackendClientOptions {
  /** The endpoint every op is POSTed to. */
  url: string;
  appToken: string;
  timeoutMs?: number;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface CallOptions {
  /** Cancels the call; the promise then rejects with the signal's reason, not a BackendError. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface BackendClient {
  readonly url: string;
  call<Op extends OpName>(op: Op, params: OpParams<Op>, options?: CallOptions): Promise<OpAnswer<Op>>;
}

/**
 * The one typed backend adapter. Every answer is parsed with the contract at this edge, so a backend
 * that drifts from the protocol fails here with a clear message instead of deep inside a component,
 * and every failure surfaces as a `BackendError`.
 */
export function createBackendClient(options: BackendClientOptions): BackendClient {
  const { url, appToken } = options;
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Read the global lazily: test set-ups (MSW) patch fetch after modules load.
  const fetchAnswer: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);

  async function call<Op extends OpName>(op: Op, params: OpParams<Op>, callOptions: CallOptions = {}) {
    if (!appToken) {
      throw new BackendError('UNAUTHORIZED', 'No app token is set. Enter the app token in Settings.', { field: 'token' });
    }
    const body: Record<string, unknown> = { ...params, op, token: appToken };
    checkRequest(op, body);

    const { signal } = callOptions;
    signal?.throwIfAborted();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), callOptions.timeoutMs ?? defaultTimeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;

    let response: Response;
    let text: string;
    try {
      response = await fetchAnswer(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: combined,
      });
      text = await response.text();
    } catch (error) {
      // A caller's cancellation is not a failure to report: rethrow its reason untouched.
      if (signal?.aborted) throw signal.reason;
      if (timeout.signal.aborted) {
        throw new BackendError('TIMEOUT', `The backend did not answer ${op} in time. Try again, or check the backend’s health.`, {
          cause: error,
        });
      }
      const message = isBrowserOffline()
        ? 'You are offline, so no answer came from the backend. Try again when the connection is back.'
        : `Could not reach the backend at ${url}. Check your connection and the Backend URL in Settings.`;
      throw new BackendError('NETWORK', message, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    return parseAnswer(op, response, text);
  }

  return { url, call };
}

/** Catches a caller's mistake before it travels: the same schema the backend validates with. */
function checkRequest(op: OpName, body: Record<string, unknown>): void {
  const checked = operations[op].request.safeParse(body);
  if (checked.success) return;
  const issues = checked.error.issues.map((each) => ({ field: each.path.join('.'), message: each.message }));
  const issue = issues[0];
  const field = issue && issue.field !== '' ? issue.field : undefined;
  throw new BackendError('VALIDATION', issue?.message ?? `The ${op} request is not valid.`, { ...(field === undefined ? {} : { field }), issues });
}

function parseAnswer<Op extends OpName>(op: Op, response: Response, text: string): OpAnswer<Op> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (!response.ok) throw httpError(response);
    throw new BackendError(
      'MALFORMED_ANSWER',
      `The backend’s answer to ${op} is not JSON. Check that the Backend URL points at the API endpoint.`,
      { cause: error },
    );
  }

  const failure = failureAnswerSchema.safeParse(json);
  if (failure.success) {
    const { code, message, field, issues } = failure.data.error;
    throw new BackendError(code, message, { ...(field === undefined ? {} : { field }), ...(issues ? { issues } : {}) });
  }
  if (isRecord(json) && json.result === false) throw looseFailure(json);
  if (!response.ok) throw httpError(response);

  // The generic Op cannot be narrowed by TypeScript; the table guarantees the schema belongs to op.
  const answerSchema = operations[op].answer as unknown as z.ZodType<OpAnswer<Op>>;
  const answer = answerSchema.safeParse(json);
  if (answer.success) return answer.data;
  const issue = answer.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new BackendError(
    'MALFORMED_ANSWER',
    `The backend’s answer to ${op} does not match the protocol (${where}${issue?.message ?? 'unexpected shape'}).`,
  );
}

/** A plain mesibo failure carries a string `error` (or an error object outside our code list). */
function looseFailure(json: Record<string, unknown>): BackendError {
  const { error } = json;
  if (typeof error === 'string' && error.trim()) return new BackendError('BACKEND', `The backend refused the request: ${error}`);
  if (isRecord(error) && typeof error.message === 'string') {
    const field = typeof error.field === 'string' ? error.field : undefined;
    return new BackendError('BACKEND', error.message, field === undefined ? {} : { field });
  }
  return new BackendError('BACKEND', 'The backend refused the request without saying why.');
}

function httpError(response: Response): BackendError {
  const { status } = response;
  const label = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const advice =
    status === 401 || status === 403
      ? 'Check the app token in Settings.'
      : status === 404 || status === 405
        ? 'Check the Backend URL in Settings.'
        : status >= 500
          ? 'The server has a problem; try again in a moment.'
          : 'Check the Backend URL and app token in Settings.';
  return new BackendError('HTTP', `The backend answered ${label}. ${advice}`, { status });
}

/** The browser's own verdict; undefined (Node, tests) counts as online. */
function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

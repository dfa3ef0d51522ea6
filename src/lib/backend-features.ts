import type { Capabilities } from '../contract/index.ts';
import type { BackendClient } from './backend-client.ts';
import { isBackendError, isRetryable } from './backend-error.ts';

/** What the console may ask of the backend it talks to. */
export interface BackendFeatures {
  /** False for a plain mesibo backend, which does not know the `capabilities` op. */
  extended: boolean;
  capabilities: Capabilities;
}

/**
 * A plain mesibo backend: usersget by uid or address wildcard and a count, nothing more (no totals,
 * search, filters, sort or cursor).
 */
export const PLAIN_MESIBO_CAPABILITIES: Capabilities = {
  version: 'mesibo',
  usersget: { cursor: false, search: false, sort: [], filters: [], maxCount: 100 },
  conflictDetection: false,
  extensionOps: [],
};

/**
 * Asks the backend once what it implements. Any refusal (UNKNOWN_OP, a mesibo string error, an answer
 * we cannot read) means a plain mesibo backend; failures that may pass on their own, and a wrong app
 * token, are thrown instead so that they are shown and retried rather than cached as "plain".
 */
export async function loadBackendFeatures(client: BackendClient, signal?: AbortSignal): Promise<BackendFeatures> {
  try {
    const answer = await client.call('capabilities', {}, signal ? { signal } : {});
    return { extended: true, capabilities: answer.capabilities };
  } catch (error) {
    if (isBackendError(error) && !isRetryable(error) && error.code !== 'UNAUTHORIZED') {
      return { extended: false, capabilities: PLAIN_MESIBO_CAPABILITIES };
    }
    throw error;
  }
}

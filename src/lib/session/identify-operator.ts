import type { Operator } from '../../contract/index.ts';
import type { BackendClient } from '../backend-client.ts';
import { isBackendError } from '../backend-error.ts';
import { loadBackendFeatures, type BackendFeatures } from '../backend-features.ts';

/** Whoever holds the app token of a backend without operator roles: a plain app token may do everything. */
export const APP_TOKEN_HOLDER: Operator = { name: 'App token holder', role: 'admin' };

/**
 * Who the client's app token signs in as. A backend with operator roles says so (`whoami`); a plain
 * mesibo backend has none, so a cheap read checks that it accepts the token at all. Throws the
 * backend's refusal or the transport's failure as a BackendError.
 */
export async function identifyOperator(
  client: BackendClient,
  // Boot passes the query cache's loader, so the capabilities are asked once for the whole page.
  loadFeatures: (client: BackendClient, signal?: AbortSignal) => Promise<BackendFeatures> = loadBackendFeatures,
  signal?: AbortSignal,
): Promise<Operator> {
  const options = signal ? { signal } : {};
  const features = await loadFeatures(client, signal);
  if (features.capabilities.extensionOps.includes('whoami')) return (await client.call('whoami', {}, options)).operator;
  await client.call('usersget', { user: { address: '*' }, count: 1 }, options);
  return APP_TOKEN_HOLDER;
}

/** The sign-in screen's sentence for a failed identification: refused, or not reached. */
export function signInFailure(error: unknown): string {
  if (!isBackendError(error)) return 'Could not sign in. Try again.';
  const refused =
    error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN' || error.code === 'BACKEND' || error.status === 401 || error.status === 403;
  if (refused) {
    return `The backend refused this app token: ${error.message}`;
  }
  return `Could not sign in: ${error.message}`;
}

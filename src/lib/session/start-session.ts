import type { DemoOperator } from '../../../mocks/mock-settings.ts';
import { createBackendClient, type BackendClient } from '../backend-client.ts';
import type { BackendConfig } from '../backend-config.ts';
import type { BackendFeatures } from '../backend-features.ts';
import { readDemoChoice } from './demo-choice.ts';
import { identifyOperator, signInFailure } from './identify-operator.ts';
import { signedOutClient, type Session } from './session-context.tsx';

/**
 * The session a page load starts with. The mock's demo operators are known without asking (the mock
 * reads the same list); a remote backend is asked who the saved app token belongs to, and a refusal or
 * an unreachable backend starts signed out, with the reason for the sign-in screen.
 */
export async function startSession(
  config: BackendConfig,
  mock: { url: string; operators: readonly DemoOperator[] },
  loadFeatures?: (client: BackendClient) => Promise<BackendFeatures>,
): Promise<Session> {
  if (config.mode === 'mock') {
    const chosen = readDemoChoice(mock.operators);
    if (!chosen) return { operator: null, client: signedOutClient(mock.url), config };
    return {
      operator: { name: chosen.name, role: chosen.role },
      client: createBackendClient({ url: mock.url, appToken: chosen.token }),
      config,
    };
  }
  if (!config.appToken) return { operator: null, client: signedOutClient(config.url), config };
  const client = createBackendClient({ url: config.url, appToken: config.appToken });
  try {
    return { operator: await identifyOperator(client, loadFeatures), client, config };
  } catch (error) {
    return { operator: null, client: signedOutClient(config.url), config, notice: signInFailure(error) };
  }
}

import { setupServer } from 'msw/node';
import { createHandlers } from './handlers.ts';
import { MockRuntime } from './mock-runtime.ts';
import { MOCK_APP_TOKEN, type MockSettings } from './mock-settings.ts';
import { memoryStateStore } from './persistence.ts';

export interface NodeMockOptions {
  users?: number;
  seed?: number;
  now?: () => number;
  random?: () => number;
}

/**
 * The mock backend for unit tests: the same handlers as the browser, on MSW's Node interceptor, with
 * state kept in memory. Call `server.listen()` before and `server.close()` after.
 */
export async function createNodeMockBackend(options: NodeMockOptions = {}) {
  const dataset: Pick<MockSettings, 'users' | 'seed'> = { users: options.users ?? 200, seed: options.seed ?? 1 };
  const runtime = await MockRuntime.open({
    stateStore: memoryStateStore(),
    yieldToPage: () => Promise.resolve(),
    dataset,
    ...(options.now ? { now: options.now } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const server = setupServer(...createHandlers(() => runtime));
  return { server, controller: runtime, runtime, appToken: MOCK_APP_TOKEN };
}

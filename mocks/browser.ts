import { setupWorker } from 'msw/browser';
import { createHandlers, refuseMockCallsWhileOffline } from './handlers.ts';
import { defaultMockSettings, mockSettingsSchema, type MockController, type SeedProgress } from './mock-settings.ts';
import { MockRuntime, type BehaviourStore } from './mock-runtime.ts';
import { indexedDbStateStore } from './persistence.ts';
import { browserTabCoordinator } from './tab-coordinator.ts';
import { readMockUrlParams, withoutMockParams } from './url-params.ts';
import { MOCK_SERVICE_WORKER_PATH } from '../src/config/trusted-types.ts';

/** Gives the page a turn between chunks of seeding work, so it never freezes. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const BEHAVIOUR_KEY = 'user-console-mock-behaviour';
const behaviourSchema = mockSettingsSchema.pick({ latencyMs: true, failureRate: true, presenceRate: true });

/** localStorage is shared by the tabs and read synchronously: a tab sees a change at its next request. */
const localBehaviourStore: BehaviourStore = {
  read: () => {
    try {
      const parsed = behaviourSchema.safeParse(JSON.parse(localStorage.getItem(BEHAVIOUR_KEY) ?? 'null'));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  },
  write: (behaviour) => localStorage.setItem(BEHAVIOUR_KEY, JSON.stringify(behaviour)),
};

/**
 * Starts the in-browser mock: applies the `mock*` URL parameters (then removes them from the address bar),
 * loads the saved data or seeds a dataset, and starts the service worker. Resolves when it answers.
 */
export async function startMockBackend(options: { onProgress?: (progress: SeedProgress) => void } = {}): Promise<MockController> {
  const stateStore = indexedDbStateStore();
  const urlRequest = readMockUrlParams(window.location.search, defaultMockSettings);
  // The service worker starts while the data loads: both take tens of milliseconds, and no request can
  // reach the handlers before this function resolves (the console renders only then).
  const started: { runtime?: MockRuntime } = {};
  refuseMockCallsWhileOffline();
  const worker = setupWorker(
    ...createHandlers(() => {
      if (!started.runtime) throw new Error('The in-browser mock is still starting');
      return started.runtime;
    }),
  );
  const [runtime] = await Promise.all([
    MockRuntime.open({
      stateStore,
      yieldToPage,
      tabs: browserTabCoordinator(),
      behaviourStore: localBehaviourStore,
      dataset: urlRequest.dataset,
      onProgress: options.onProgress,
    }),
    worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: MOCK_SERVICE_WORKER_PATH } }),
  ]);
  started.runtime = runtime;
  if (Object.keys(urlRequest.behaviour).length > 0) await runtime.setBehaviour({ ...runtime.settings(), ...urlRequest.behaviour });
  if (urlRequest.present) window.history.replaceState(window.history.state, '', withoutMockParams(window.location.href));

  for (const problem of urlRequest.problems) runtime.addNotice(problem);
  runtime.startPresence();
  return runtime;
}

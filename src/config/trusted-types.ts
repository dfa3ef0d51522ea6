/**
 * The built app's policy requires Trusted Types for scripts, so every string that reaches an HTML,
 * script or script-URL sink (innerHTML, eval, a worker's URL) goes through this default policy. The
 * console writes no HTML and no script, so those are refused; the one script URL it loads is the mock
 * backend's service worker. User text therefore cannot become markup even by a future mistake.
 */

/** The service worker the in-browser mock registers (mocks/browser.ts). */
export const MOCK_SERVICE_WORKER_PATH = '/mockServiceWorker.js';

// lib.dom does not describe Trusted Types yet; this is the part used here.
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string | null }): unknown;
}

/** Whether the default policy lets this URL be loaded as a script. */
export function isAllowedScriptUrl(input: string, origin: string): boolean {
  try {
    const url = new URL(input, origin);
    return url.origin === origin && url.pathname === MOCK_SERVICE_WORKER_PATH;
  } catch {
    return false;
  }
}

export function installTrustedTypesPolicy(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return;
  // Without createHTML / createScript rules, the browser refuses those conversions outright.
  factory.createPolicy('default', {
    createScriptURL: (input) => (isAllowedScriptUrl(input, globalThis.location.origin) ? input : null),
  });
}

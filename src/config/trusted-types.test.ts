import { describe, expect, it } from 'vitest';
import { isAllowedScriptUrl, MOCK_SERVICE_WORKER_PATH } from './trusted-types.ts';

const origin = 'https://console.example.com';

describe('the Trusted Types default policy', () => {
  it('lets the mock’s service worker load, from this origin only', () => {
    expect(isAllowedScriptUrl(MOCK_SERVICE_WORKER_PATH, origin)).toBe(true);
    expect(isAllowedScriptUrl(`${origin}${MOCK_SERVICE_WORKER_PATH}`, origin)).toBe(true);
    expect(isAllowedScriptUrl(`https://evil.example.com${MOCK_SERVICE_WORKER_PATH}`, origin)).toBe(false);
    expect(isAllowedScriptUrl(`//evil.example.com${MOCK_SERVICE_WORKER_PATH}`, origin)).toBe(false);
  });

  it('refuses every other script URL', () => {
    for (const url of ['/assets/app.js', 'javascript:alert(1)', 'data:text/javascript,alert(1)', 'blob:https://console.example.com/1', '']) {
      expect(isAllowedScriptUrl(url, origin), url).toBe(false);
    }
  });
});

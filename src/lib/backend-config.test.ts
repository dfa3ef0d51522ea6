import { afterEach, describe, expect, it } from 'vitest';
import { readBackendConfig, saveBackendConfig, storageKeys } from './backend-config.ts';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('backend config', () => {
  it('defaults to the in-browser mock', () => {
    expect(readBackendConfig()).toEqual({ mode: 'mock' });
  });

  it('keeps the app token for the session only unless Remember is ticked', () => {
    saveBackendConfig({ mode: 'remote', url: 'https://api.example.com/backend', appToken: 's3cret', remember: false });
    expect(sessionStorage.getItem(storageKeys.appToken)).toBe('s3cret');
    expect(localStorage.getItem(storageKeys.appToken)).toBeNull();
    expect(readBackendConfig()).toEqual({ mode: 'remote', url: 'https://api.example.com/backend', appToken: 's3cret', remember: false });

    // Ticking Remember with an empty token field moves the saved token; it is never in both places.
    saveBackendConfig({ mode: 'remote', url: 'https://api.example.com/backend', appToken: undefined, remember: true });
    expect(localStorage.getItem(storageKeys.appToken)).toBe('s3cret');
    expect(sessionStorage.getItem(storageKeys.appToken)).toBeNull();
    expect(readBackendConfig()).toMatchObject({ appToken: 's3cret', remember: true });
  });

  it('falls back to the mock when the saved URL is not http(s)', () => {
    localStorage.setItem(storageKeys.mode, 'remote');
    localStorage.setItem(storageKeys.url, 'javascript:alert(1)');
    expect(readBackendConfig()).toEqual({ mode: 'mock' });
  });
});

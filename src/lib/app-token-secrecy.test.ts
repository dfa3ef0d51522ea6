import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createBackendClient } from './backend-client.ts';
import { readBackendConfig, saveBackendConfig, storageKeys } from './backend-config.ts';

const TOKEN = 'app-token-5f3c9e1d2b';
const URL = 'https://backend.test/api';

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let consoleSpies: MockInstance[] = [];

beforeEach(() => {
  consoleSpies = consoleMethods.map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
});

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** Everything anyone wrote to the console during the test, as one string. */
function consoleOutput(): string {
  const written: unknown[] = consoleSpies.flatMap((spy) => spy.mock.calls.flat() as unknown[]);
  return written.map((value) => (value instanceof Error ? `${value.message} ${String(value.cause)}` : String(value))).join('\n');
}

function storedEverywhere(): string {
  const values: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let index = 0; index < storage.length; index += 1) values.push(storage.getItem(storage.key(index) ?? '') ?? '');
  }
  return values.join('\n');
}

describe('the app token at rest', () => {
  it('stays out of persistent storage unless "Remember" is ticked', () => {
    saveBackendConfig({ mode: 'remote', url: URL, appToken: TOKEN, remember: false });
    expect(sessionStorage.getItem(storageKeys.appToken)).toBe(TOKEN);
    for (let index = 0; index < localStorage.length; index += 1) {
      expect(localStorage.getItem(localStorage.key(index) ?? '')).not.toContain(TOKEN);
    }
  });

  it('leaves persistent storage when "Remember" is unticked again, and is never in both', () => {
    saveBackendConfig({ mode: 'remote', url: URL, appToken: TOKEN, remember: true });
    expect(localStorage.getItem(storageKeys.appToken)).toBe(TOKEN);
    expect(sessionStorage.getItem(storageKeys.appToken)).toBeNull();

    saveBackendConfig({ mode: 'remote', url: URL, appToken: undefined, remember: false });
    expect(localStorage.getItem(storageKeys.appToken)).toBeNull();
    expect(sessionStorage.getItem(storageKeys.appToken)).toBe(TOKEN);
    expect(readBackendConfig()).toMatchObject({ appToken: TOKEN, remember: false });
  });

  it('is replaced, not kept beside, when a new one is saved', () => {
    saveBackendConfig({ mode: 'remote', url: URL, appToken: TOKEN, remember: true });
    saveBackendConfig({ mode: 'remote', url: URL, appToken: 'a-new-token', remember: false });
    expect(storedEverywhere()).not.toContain(TOKEN);
  });
});

describe('the app token in flight', () => {
  it('travels in the POST body only, never in the URL or a header', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.resolve(new Response('{"op":"capabilities","result":false,"error":"nope"}')));
    await createBackendClient({ url: URL, appToken: TOKEN, fetch: fetchImpl }).call('capabilities', {}).catch(() => undefined);
    const [input, init] = fetchImpl.mock.calls[0] ?? [];
    expect(typeof input === 'string' ? input : '').toBe(URL);
    expect(init?.method).toBe('POST');
    expect(JSON.stringify(init?.headers ?? {})).not.toContain(TOKEN);
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '{}')).toMatchObject({ op: 'capabilities', token: TOKEN });
  });

  it('is never logged nor put in an error message, whatever goes wrong', async () => {
    const failures: (typeof fetch)[] = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.resolve(new Response('Unauthorized', { status: 401 })),
      () => Promise.resolve(new Response('<html>not json</html>')),
      () => Promise.resolve(new Response('{"op":"usersget","result":true,"users":"not a list"}')),
      () => Promise.resolve(new Response('{"op":"usersget","result":false,"error":"bad token"}')),
      () => Promise.resolve(new Response('{"op":"usersget","result":false,"error":{"code":"UNAUTHORIZED","message":"The application token is not valid"}}')),
      // No answer at all: the client's timeout aborts the request.
      (_input, init) => new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    ];
    const messages: string[] = [];
    for (const answer of failures) {
      const client = createBackendClient({ url: URL, appToken: TOKEN, timeoutMs: 20, fetch: answer });
      await client.call('usersget', { count: 5 }).catch((error: unknown) => {
        messages.push(error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error));
      });
    }
    // A request the contract refuses fails before it is sent: its message must not quote the body either.
    await createBackendClient({ url: URL, appToken: TOKEN, fetch: failures[0] })
      .call('usersget', { count: 5000 })
      .catch((error: unknown) => messages.push(error instanceof Error ? error.message : String(error)));

    expect(messages).toHaveLength(failures.length + 1);
    for (const message of messages) expect(message).not.toContain(TOKEN);
    expect(consoleOutput()).not.toContain(TOKEN);
  });
});

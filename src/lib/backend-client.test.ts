import { describe, expect, it, vi } from 'vitest';
import { createBackendClient } from './backend-client.ts';
import { BackendError } from './backend-error.ts';
import { loadBackendFeatures, PLAIN_MESIBO_CAPABILITIES } from './backend-features.ts';

const URL = 'https://backend.test/api';
const TOKEN = 'secret-app-token';

const user = {
  uid: 7,
  address: 'ada@example.com',
  active: true,
  profile: { name: 'Ada' },
  permissions: {
    incoming: true, outgoing: true, calls: true, turn: true, storage: true, groupCreate: true,
    retention: false, webhook: false, peers: 0,
  },
  parent: null,
  version: 1,
  createdAt: 0,
  updatedAt: 0,
  online: false,
  lastSeen: null,
};

function answering(body: string, init: ResponseInit = {}) {
  return vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' }, ...init })));
}

function clientWith(fetchImpl: typeof fetch, timeoutMs = 1_000) {
  return createBackendClient({ url: URL, appToken: TOKEN, timeoutMs, fetch: fetchImpl });
}

async function failureOf(promise: Promise<unknown>): Promise<BackendError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

describe('createBackendClient', () => {
  it('POSTs {op, token, ...params} as JSON and returns the parsed answer', async () => {
    const fetchImpl = answering(JSON.stringify({ op: 'usersget', result: true, users: [user], total: 1 }));
    const answer = await clientWith(fetchImpl).call('usersget', { count: 5, search: 'ada' });

    expect(answer.users[0]?.address).toBe('ada@example.com');
    expect(answer.total).toBe(1);
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe(URL);
    expect(init?.method).toBe('POST');
    expect(typeof init?.body === 'string' ? JSON.parse(init.body) : undefined).toEqual({ op: 'usersget', token: TOKEN, count: 5, search: 'ada' });
  });

  it('turns a failure answer into a BackendError with its code, message and field', async () => {
    const fetchImpl = answering(
      JSON.stringify({
        op: 'userset',
        result: false,
        error: { code: 'ALREADY_EXISTS', message: 'Unique ID ada1 is taken', field: 'user.profile.uniqueId' },
      }),
    );
    const error = await failureOf(clientWith(fetchImpl).call('userset', { user: { uid: 7, profile: { uniqueId: 'ada1' } } }));
    expect(error).toMatchObject({ code: 'ALREADY_EXISTS', message: 'Unique ID ada1 is taken', field: 'user.profile.uniqueId' });
  });

  it('tolerates a plain mesibo failure whose error is a string', async () => {
    const error = await failureOf(clientWith(answering('{"op":"capabilities","result":false,"error":"BADOP"}')).call('capabilities', {}));
    expect(error.code).toBe('BACKEND');
    expect(error.message).toContain('BADOP');
  });

  it('reports an HTTP error status with advice, even when the body is not JSON', async () => {
    const error = await failureOf(clientWith(answering('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' })).call('capabilities', {}));
    expect(error).toMatchObject({ code: 'HTTP', status: 502 });
    expect(error.message).toMatch(/HTTP 502 Bad Gateway/);
  });

  it('prefers a failure answer carried by an HTTP error status', async () => {
    const body = JSON.stringify({ result: false, error: { code: 'UNAUTHORIZED', message: 'The app token is wrong' } });
    const error = await failureOf(clientWith(answering(body, { status: 401 })).call('capabilities', {}));
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', message: 'The app token is wrong' });
  });

  it('reports an answer that is not JSON as MALFORMED_ANSWER', async () => {
    const error = await failureOf(clientWith(answering('{"op": "usersget", "result": tr')).call('usersget', {}));
    expect(error.code).toBe('MALFORMED_ANSWER');
    expect(error.message).toMatch(/not JSON/);
  });

  it('reports an answer that does not match the contract as MALFORMED_ANSWER, naming the path', async () => {
    const bad = { op: 'usersget', result: true, users: [{ ...user, uid: 'seven' }] };
    const error = await failureOf(clientWith(answering(JSON.stringify(bad))).call('usersget', {}));
    expect(error.code).toBe('MALFORMED_ANSWER');
    expect(error.message).toContain('users.0.uid');
  });

  it('times out with TIMEOUT when the backend does not answer', async () => {
    const hanging = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const error = await failureOf(clientWith(hanging, 20).call('capabilities', {}));
    expect(error.code).toBe('TIMEOUT');
  });

  it('rejects with the caller’s abort reason, not a BackendError, when cancelled', async () => {
    const hanging = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const controller = new AbortController();
    const call = clientWith(hanging).call('capabilities', {}, { signal: controller.signal });
    const reason = new DOMException('superseded', 'AbortError');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });

  it('reports a network failure as NETWORK, naming the URL but never the token', async () => {
    const offline = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failureOf(clientWith(offline).call('capabilities', {}));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toContain(URL);
    expect(error.message).not.toContain(TOKEN);
  });

  it('refuses a request the contract rejects before sending it', async () => {
    const fetchImpl = answering('{}');
    const error = await failureOf(clientWith(fetchImpl).call('usersget', { count: 5000 }));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'count' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('asks for an app token when none is set', async () => {
    const client = createBackendClient({ url: URL, appToken: '', fetch: answering('{}') });
    const error = await failureOf(client.call('capabilities', {}));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.message).toMatch(/Settings/);
  });
});

describe('loadBackendFeatures', () => {
  it('treats a backend that refuses the capabilities op as plain mesibo', async () => {
    const body = JSON.stringify({ result: false, error: { code: 'UNKNOWN_OP', message: 'Unknown op capabilities' } });
    await expect(loadBackendFeatures(clientWith(answering(body)))).resolves.toEqual({
      extended: false,
      capabilities: PLAIN_MESIBO_CAPABILITIES,
    });
  });

  it('rethrows failures that may pass, instead of caching the backend as plain', async () => {
    const body = JSON.stringify({ result: false, error: { code: 'UNAVAILABLE', message: 'Try again' } });
    await expect(loadBackendFeatures(clientWith(answering(body)))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});

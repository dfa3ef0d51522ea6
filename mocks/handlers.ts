import { http, HttpResponse, ws } from 'msw';
import { MOCK_BACKEND_URL, MOCK_PRESENCE_PATH } from '../src/config/paths.ts';
import type { MockRuntime } from './mock-runtime.ts';

/** Node (unit tests) has no `navigator.onLine`: there the mock is always reachable. */
const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

function isMockCall(input: RequestInfo | URL): boolean {
  const url = input instanceof Request ? input.url : String(input);
  return new URL(url, globalThis.location?.href).pathname === MOCK_BACKEND_URL;
}

/**
 * Makes the page's fetch refuse calls to the mock while the browser is offline, as the network would (the
 * mock answers from inside the page, and the browser hands requests to a service worker even offline).
 * Decided when the call is made rather than when the worker hands it to the handler, which can be much
 * later on a busy machine: a request sent before the connection dropped still arrives, and only its
 * answer is lost (see the handler).
 */
export function refuseMockCallsWhileOffline(): void {
  const send = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) =>
    isOffline() && isMockCall(input) ? Promise.reject(new TypeError('Failed to fetch: the browser is offline')) : send(input, init);
}

/**
 * The same handlers serve the browser worker and Node tests: the ops on POST (any origin), and the live
 * presence stream on a WebSocket (MSW patches the page's WebSocket; it does not go through the worker).
 *
 * The mock runs inside the page, so it would answer even with the network down. While the browser is
 * offline it behaves like the remote backend it stands for instead: a request sent offline fails as a
 * network error (refuseMockCallsWhileOffline), an answer due while offline is lost (the op has been
 * applied: the latency is spent before it runs, so going offline meanwhile loses the answer to an
 * accepted change, as a dropped connection does), and the presence stream drops. QA can then exercise
 * the console's offline behaviour with the mock alone.
 */
export function createHandlers(runtime: () => MockRuntime) {
  // The path, with or without a query (the drop control below uses one).
  const presence = ws.link(new RegExp(`${MOCK_PRESENCE_PATH.replaceAll('/', '\\/')}(\\?.*)?$`));
  const streams = new Set<{ close: (code?: number, reason?: string) => void }>();
  const dropStreams = (code: number, reason: string) => {
    for (const stream of streams) stream.close(code, reason);
  };
  globalThis.addEventListener?.('offline', () => dropStreams(1001, 'Mock: the browser went offline'));
  return [
    http.post(`*${MOCK_BACKEND_URL}`, async ({ request }) => {
      const { status, body } = await runtime().handle(await request.text());
      if (isOffline()) return HttpResponse.error();
      return HttpResponse.json(body, { status });
    }),
    presence.addEventListener('connection', ({ client }) => {
      // QA control: a connection to `…/presence?drop` drops every stream of this page (close code 1012,
      // "service restart"), as a server restart would, so the console's reconnect can be tested.
      if (client.url.searchParams.has('drop')) {
        dropStreams(1012, 'Mock: connection dropped');
        client.close(1000, 'Dropped');
        return;
      }
      if (isOffline()) {
        client.close(1001, 'Mock: the browser is offline');
        return;
      }
      streams.add(client);
      client.send(JSON.stringify(runtime().hello()));
      const stop = runtime().onStream((message) => client.send(JSON.stringify(message)));
      client.addEventListener('close', () => {
        streams.delete(client);
        stop();
      });
    }),
  ];
}

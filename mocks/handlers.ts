import { http, HttpResponse, ws } from 'msw';
import { MOCK_BACKEND_URL, MOCK_PRESENCE_PATH } from '../src/config/paths.ts';
import type { MockRuntime } from './mock-runtime.ts';

/**
 * The same handlers serve the browser worker and Node tests: the ops on POST (any origin), and the live
 * presence stream on a WebSocket (MSW patches the page's WebSocket; it does not go through the worker).
 */
export function createHandlers(runtime: () => MockRuntime) {
  // The path, with or without a query (the drop control below uses one).
  const presence = ws.link(new RegExp(`${MOCK_PRESENCE_PATH.replaceAll('/', '\\/')}(\\?.*)?$`));
  const streams = new Set<{ close: (code?: number, reason?: string) => void }>();
  return [
    http.post(`*${MOCK_BACKEND_URL}`, async ({ request }) => {
      const { status, body } = await runtime().handle(await request.text());
      return HttpResponse.json(body, { status });
    }),
    presence.addEventListener('connection', ({ client }) => {
      // QA control: a connection to `…/presence?drop` drops every stream of this page (close code 1012,
      // "service restart"), as a server restart would, so the console's reconnect can be tested.
      if (client.url.searchParams.has('drop')) {
        for (const stream of streams) stream.close(1012, 'Mock: connection dropped');
        client.close(1000, 'Dropped');
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

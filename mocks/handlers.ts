import { http, HttpResponse, ws } from 'msw';
import { MOCK_BACKEND_URL, MOCK_PRESENCE_PATH } from '../src/config/paths.ts';
import type { MockRuntime } from './mock-runtime.ts';

/**
 * The same handlers serve the browser worker and Node tests: the ops on POST (any origin), and the live
 * presence stream on a WebSocket (MSW patches the page's WebSocket; it does not go through the worker).
 */
export function createHandlers(runtime: () => MockRuntime) {
  const presence = ws.link(new RegExp(`${MOCK_PRESENCE_PATH.replaceAll('/', '\\/')}$`));
  return [
    http.post(`*${MOCK_BACKEND_URL}`, async ({ request }) => {
      const { status, body } = await runtime().handle(await request.text());
      return HttpResponse.json(body, { status });
    }),
    presence.addEventListener('connection', ({ client }) => {
      client.send(JSON.stringify(runtime().hello()));
      const stop = runtime().onStream((message) => client.send(JSON.stringify(message)));
      client.addEventListener('close', stop);
    }),
  ];
}

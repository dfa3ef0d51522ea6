import { http, HttpResponse } from 'msw';
import { MOCK_BACKEND_URL } from '../src/config/paths.ts';
import type { MockRuntime } from './mock-runtime.ts';

/** The same handlers serve the browser worker and Node tests; `*` matches any origin. */
export function createHandlers(runtime: () => MockRuntime) {
  return [
    http.post(`*${MOCK_BACKEND_URL}`, async ({ request }) => {
      const { status, body } = await runtime().handle(await request.text());
      return HttpResponse.json(body, { status });
    }),
  ];
}

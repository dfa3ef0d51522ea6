import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { DemoOperator, MockController } from '../../mocks/mock-settings.ts';
import { AppProviders } from '../app/providers.tsx';
import { routes } from '../app/routes.tsx';
import type { BackendClient } from '../lib/backend-client.ts';
import type { BackendConfig } from '../lib/backend-config.ts';
import type { Operator } from '../contract/index.ts';

const TEST_ADMIN: Operator = { name: 'Test Admin', role: 'admin' };

interface RenderRouteOptions {
  client: BackendClient;
  config?: BackendConfig;
  mockController?: MockController | null;
  /** Who is signed in (default: an admin); null starts signed out. */
  operator?: Operator | null;
  /** The demo operators the sign-in screen lists (mock mode). */
  demoOperators?: readonly DemoOperator[] | null;
}

/**
 * Renders the real route table at `path` in a memory router with the app's providers, so a test
 * exercises the same lazy routes, layout and data flow as the browser.
 */
export function renderRoute(
  path: string,
  { client, config = { mode: 'mock' }, mockController = null, operator = TEST_ADMIN, demoOperators = null }: RenderRouteOptions,
) {
  // No automatic retries: a test that wants a failure sees it at once, and "Retry" is the only retry.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders
      backend={{}}
      session={{ operator, client, config }}
      demoOperators={demoOperators}
      mockController={mockController}
      queryClient={queryClient}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, queryClient, user };
}

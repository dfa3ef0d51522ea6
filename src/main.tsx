import './config/content-security.ts';
import { createRoot } from 'react-dom/client';
import type { MockController, SeedProgress } from '../mocks/mock-settings.ts';
import { DEMO_OPERATORS } from '../mocks/mock-settings.ts';
import { App } from './app/app.tsx';
import { BootMessage, BootProgress } from './app/boot-screens.tsx';
import { preloadRouteModules } from './app/preload-route.ts';
import { createAppRouter } from './app/router.ts';
import { MOCK_BACKEND_URL } from './config/paths.ts';
import { readBackendConfig } from './lib/backend-config.ts';
import { errorMessage } from './lib/backend-error.ts';
import { backendFeaturesQueryOptions } from './lib/backend-context.tsx';
import { createQueryClient } from './lib/query-client.ts';
import { startSession } from './lib/session/start-session.ts';
import './styles.css';

/**
 * Boot order: read the backend choice; in mock mode import the mock dynamically (so it never lands in
 * the main chunk) and wait until it answers, showing its seeding progress; find out who is signed in;
 * only then create the router, whose first navigation already fetches data.
 */
async function boot(rootElement: HTMLElement): Promise<void> {
  const root = createRoot(rootElement);
  const config = readBackendConfig();
  preloadRouteModules(window.location.pathname);

  let mockController: MockController | null = null;
  let problem: string | undefined;
  let notices: string[] = [];
  if (config.mode === 'mock') {
    root.render(<BootProgress done={0} total={0} />);
    try {
      const { startMockBackend } = await import('../mocks/browser.ts');
      mockController = await startMockBackend({
        onProgress: throttleToPercent((progress) => root.render(<BootProgress {...progress} />)),
      });
      notices = mockController.bootNotices();
    } catch (error) {
      problem = `The in-browser mock could not start: ${errorMessage(error)} Reload the page, or choose a remote backend in Settings.`;
    }
  }

  const queryClient = createQueryClient();
  // A remote backend is asked who the saved app token belongs to before the first page shows.
  if (config.mode === 'remote' && config.appToken) root.render(<BootMessage message="Connecting to the backend…" />);
  const session = await startSession(config, { url: MOCK_BACKEND_URL, operators: DEMO_OPERATORS }, (client) =>
    queryClient.fetchQuery(backendFeaturesQueryOptions(client)),
  );
  // Every page needs the capabilities first; asking now saves a round trip after the first render.
  if (session.operator) void queryClient.prefetchQuery(backendFeaturesQueryOptions(session.client));
  root.render(
    <App
      router={createAppRouter()}
      backend={{ problem, notices }}
      session={session}
      demoOperators={config.mode === 'mock' ? DEMO_OPERATORS : null}
      mockController={mockController}
      queryClient={queryClient}
    />,
  );
}

/** Seeding reports often; re-render the progress only when the shown percentage changes. */
function throttleToPercent(render: (progress: SeedProgress) => void): (progress: SeedProgress) => void {
  let shown = -1;
  return (progress) => {
    const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
    if (percent === shown) return;
    shown = percent;
    render(progress);
  };
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html must have a #root element');
void boot(rootElement);

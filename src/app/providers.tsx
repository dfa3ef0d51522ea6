import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { MockController } from '../../mocks/mock-settings.ts';
import { BackendProvider, type Backend } from '../lib/backend-context.tsx';
import { MockControllerProvider } from '../lib/mock-controller-context.tsx';
import { PresenceProvider } from '../lib/presence/presence-context.tsx';

export interface AppProvidersProps {
  backend: Backend;
  mockController: MockController | null;
  queryClient: QueryClient;
  /**
   * Open the live presence connection (the app does; unit tests of pages leave it off, so they see only
   * the requests they make themselves).
   */
  livePresence?: boolean;
  children: ReactNode;
}

/** Everything a page needs from above: data cache, backend adapter, and the mock when it runs. */
export function AppProviders({ backend, mockController, queryClient, livePresence = false, children }: AppProvidersProps) {
  const page = <MockControllerProvider controller={mockController}>{children}</MockControllerProvider>;
  return (
    <QueryClientProvider client={queryClient}>
      <BackendProvider backend={backend}>{livePresence ? <PresenceProvider>{page}</PresenceProvider> : page}</BackendProvider>
    </QueryClientProvider>
  );
}

import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { MockController } from '../../mocks/mock-settings.ts';
import { BackendProvider, type Backend } from '../lib/backend-context.tsx';
import { MockControllerProvider } from '../lib/mock-controller-context.tsx';

export interface AppProvidersProps {
  backend: Backend;
  mockController: MockController | null;
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything a page needs from above: data cache, backend adapter, and the mock when it runs. */
export function AppProviders({ backend, mockController, queryClient, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <BackendProvider backend={backend}>
        <MockControllerProvider controller={mockController}>{children}</MockControllerProvider>
      </BackendProvider>
    </QueryClientProvider>
  );
}

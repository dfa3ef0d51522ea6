import { useMemo, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { DemoOperator, MockController } from '../../mocks/mock-settings.ts';
import { BackendProvider, type Backend } from '../lib/backend-context.tsx';
import { MockControllerProvider } from '../lib/mock-controller-context.tsx';
import { PresenceProvider } from '../lib/presence/presence-context.tsx';
import { SessionProvider, useSession, type Session } from '../lib/session/session-context.tsx';

export interface AppProvidersProps {
  /** What boot found out about the backend (the client and choice come with the session). */
  backend: Omit<Backend, 'client' | 'config'>;
  /** Who is signed in when the app starts, with the client that speaks for them. */
  session: Session;
  /** The mock's demo operators for the sign-in screen; absent with a remote backend. */
  demoOperators?: readonly DemoOperator[] | null;
  mockController: MockController | null;
  queryClient: QueryClient;
  /**
   * Open the live presence connection (the app does; unit tests of pages leave it off, so they see only
   * the requests they make themselves).
   */
  livePresence?: boolean;
  children: ReactNode;
}

/** Everything a page needs from above: data cache, session, backend adapter, and the mock when it runs. */
export function AppProviders({
  backend,
  session,
  demoOperators = null,
  mockController,
  queryClient,
  livePresence = false,
  children,
}: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider initial={session} demoOperators={demoOperators} queryClient={queryClient}>
        <SessionBackend backend={backend} livePresence={livePresence}>
          <MockControllerProvider controller={mockController}>{children}</MockControllerProvider>
        </SessionBackend>
      </SessionProvider>
    </QueryClientProvider>
  );
}

/** The backend as the session's operator speaks to it; presence runs only while someone is signed in. */
function SessionBackend({ backend, livePresence, children }: Pick<AppProvidersProps, 'backend' | 'livePresence' | 'children'>) {
  const { client, config, operator } = useSession();
  const value = useMemo(() => ({ ...backend, client, config }), [backend, client, config]);
  return <BackendProvider backend={value}>{livePresence && operator ? <PresenceProvider>{children}</PresenceProvider> : children}</BackendProvider>;
}

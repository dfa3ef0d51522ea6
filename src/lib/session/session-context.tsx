import { createContext, Fragment, use, useMemo, useState, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { DemoOperator } from '../../../mocks/mock-settings.ts';
import { whyNotAllowed, type Operator, type OperatorAction } from '../../contract/index.ts';
import { createBackendClient, type BackendClient } from '../backend-client.ts';
import { forgetAppToken, saveBackendConfig, type BackendConfig } from '../backend-config.ts';
import { saveDemoChoice } from './demo-choice.ts';

/** Who is signed in, and the backend client that speaks for them. */
export interface Session {
  /** Null while signed out. */
  operator: Operator | null;
  /** Sends the operator's app token; signed out, a client without one (every call is refused locally). */
  client: BackendClient;
  config: BackendConfig;
  /** Why the page came up signed out (the saved app token was refused, the backend was unreachable). */
  notice?: string | undefined;
}

export interface RemoteCredentials {
  url: string;
  appToken: string;
  remember: boolean;
}

export interface SessionActions {
  /** The mock's demo operators, for the sign-in screen; null with a remote backend. */
  demoOperators: readonly DemoOperator[] | null;
  signInAsDemo(operator: DemoOperator): void;
  /** After `identifyOperator` accepted the credentials with `client`. */
  signInRemote(credentials: RemoteCredentials, operator: Operator, client: BackendClient): void;
  signOut(): void;
}

type SessionValue = Session & SessionActions;

const SessionContext = createContext<SessionValue | null>(null);

interface SessionProviderProps {
  initial: Session;
  demoOperators: readonly DemoOperator[] | null;
  queryClient: QueryClient;
  children: ReactNode;
}

/**
 * Holds the session and swaps it without a page reload: a sign-in or sign-out replaces the client,
 * empties the query cache and remounts everything below (forms, caches, the presence connection), so
 * nothing read or typed as one operator carries over to the next.
 */
export function SessionProvider({ initial, demoOperators, queryClient, children }: SessionProviderProps) {
  const [state, setState] = useState({ session: initial, generation: 0 });

  const value = useMemo<SessionValue>(() => {
    const { session } = state;
    const replace = (next: Session) => {
      queryClient.clear();
      setState((current) => ({ session: next, generation: current.generation + 1 }));
    };
    return {
      ...session,
      demoOperators,
      signInAsDemo(operator) {
        saveDemoChoice(operator.token);
        const client = createBackendClient({ url: session.client.url, appToken: operator.token });
        replace({ operator: { name: operator.name, role: operator.role }, client, config: { mode: 'mock' } });
      },
      signInRemote(credentials, operator, client) {
        saveBackendConfig({ mode: 'remote', ...credentials });
        replace({ operator, client, config: { mode: 'remote', ...credentials } });
      },
      signOut() {
        if (!session.operator) return;
        if (session.config.mode === 'mock') saveDemoChoice(null);
        else forgetAppToken();
        const config: BackendConfig = session.config.mode === 'mock' ? session.config : { ...session.config, appToken: '' };
        replace({ operator: null, client: signedOutClient(session.client.url), config });
      },
    };
  }, [state, demoOperators, queryClient]);

  return (
    <SessionContext value={value}>
      <Fragment key={state.generation}>{children}</Fragment>
    </SessionContext>
  );
}

/** A client without an app token: it refuses every call before sending it. */
export function signedOutClient(url: string): BackendClient {
  return createBackendClient({ url, appToken: '' });
}

export function useSession(): SessionValue {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}

/** The operator signed in, or null when signed out. */
export function useOperator(): Operator | null {
  return useSession().operator;
}

export type Permission = { allowed: true; reason?: undefined } | { allowed: false; reason: string };

/**
 * Whether the signed-in operator's role allows the action, and if not, why (for the disabled
 * control's tooltip). The same table the backend enforces (src/contract/roles.ts).
 */
export function useCan(action: OperatorAction): Permission {
  const operator = useOperator();
  return permissionFor(operator, action);
}

export function permissionFor(operator: Operator | null, action: OperatorAction): Permission {
  if (!operator) return { allowed: false, reason: 'Sign in first' };
  const reason = whyNotAllowed(operator.role, action);
  return reason === null ? { allowed: true } : { allowed: false, reason };
}

/**
 * Navigation state for "Sign out": the header navigates to the sign-in screen with it, and the screen
 * signs out on arrival. Leaving the page first lets an unsaved form ask "Leave without saving?".
 */
export const signOutRequest = { signOut: true } as const;

export function isSignOutRequest(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'signOut' in state;
}

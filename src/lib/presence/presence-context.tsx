import { createContext, use, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { MOCK_PRESENCE_PATH } from '../../config/paths.ts';
import type { BackendConfig } from '../backend-config.ts';
import { useBackend, useBackendFeatures } from '../backend-context.tsx';
import type { PresenceConnection } from './presence-connection.ts';
import type { PresenceState } from './presence-state.ts';

/** null: no provider; `connection: null`: the provider's connection is still loading. */
const PresenceContext = createContext<{ connection: PresenceConnection | null } | null>(null);

/**
 * Where the stream is: the mock's on the console's own origin (MSW patches the page's WebSocket); a
 * remote backend's beside its API URL (`…/api` → `…/presence`), with the ws / wss scheme.
 */
export function presenceStreamUrl(config: BackendConfig, pageUrl: string): string | null {
  try {
    const url = config.mode === 'mock' ? new URL(MOCK_PRESENCE_PATH, pageUrl) : new URL('presence', new URL(config.url, pageUrl));
    return url.href.replace(/^http/, 'ws');
  } catch {
    return null;
  }
}

/**
 * Opens the app's one presence connection once the backend's capabilities are known, and closes it when
 * the app goes away. Everything below reads it through the hooks in this module.
 */
export function PresenceProvider({ children }: { children: ReactNode }) {
  const { client, config } = useBackend();
  const queryClient = useQueryClient();
  const features = useBackendFeatures().data;
  const streamUrl = typeof WebSocket === 'undefined' ? null : presenceStreamUrl(config, window.location.href);
  const supported = features?.capabilities.extensionOps.includes('presenceget');
  const [connection, setConnection] = useState<PresenceConnection | null>(null);

  useEffect(() => {
    if (supported === undefined) return;
    let current: PresenceConnection | null = null;
    let cancelled = false;
    // The connection's module (stream parsing, cache patching) stays out of the app shell's bundle.
    void import('./presence-connection.ts').then(({ PresenceConnection: Connection }) => {
      if (cancelled) return;
      current = new Connection({ queryClient, client, streamUrl });
      if (supported) current.start();
      else current.markUnavailable();
      setConnection(current);
    });
    return () => {
      cancelled = true;
      current?.stop();
      setConnection(null);
    };
  }, [queryClient, client, streamUrl, supported]);

  const value = useMemo(() => ({ connection }), [connection]);
  return <PresenceContext value={value}>{children}</PresenceContext>;
}

const OFF: PresenceState = { status: 'off', counts: null, series: [] };
const noSubscription = () => () => {};

/**
 * A slice of the connection's state; the component re-renders only when the slice changes (by
 * Object.is), so the indicator does not re-render for every count. Without a provider (unit tests of
 * other pages) presence is simply off.
 */
export function usePresence<T>(select: (state: PresenceState) => T): T {
  const connection = use(PresenceContext)?.connection;
  const getState = connection ? connection.getState : () => OFF;
  return useSyncExternalStore(connection ? connection.subscribe : noSubscription, () => select(getState()));
}

/** Whether a provider runs the connection at all (the layout shows the indicator only then). */
export function useHasPresenceConnection(): boolean {
  return use(PresenceContext) !== null;
}

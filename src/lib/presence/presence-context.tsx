import { createContext, use, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { MOCK_PRESENCE_PATH } from '../../config/paths.ts';
import type { BackendConfig } from '../backend-config.ts';
import { useBackend, useBackendFeatures } from '../backend-context.tsx';
import { PresenceConnection, type PresenceState } from './presence-connection.ts';

const PresenceContext = createContext<PresenceConnection | null>(null);

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
  const connection = useMemo(() => new PresenceConnection({ queryClient, client, streamUrl }), [queryClient, client, streamUrl]);
  const supported = features?.capabilities.extensionOps.includes('presenceget');

  useEffect(() => {
    if (supported === undefined) return;
    if (supported) connection.start();
    else connection.markUnavailable();
    return () => connection.stop();
  }, [connection, supported]);

  return <PresenceContext value={connection}>{children}</PresenceContext>;
}

const OFF: PresenceState = { status: 'off', counts: null, series: [] };
const noSubscription = () => () => {};

/**
 * A slice of the connection's state; the component re-renders only when the slice changes (by
 * Object.is), so the indicator does not re-render for every count. Without a provider (unit tests of
 * other pages) presence is simply off.
 */
export function usePresence<T>(select: (state: PresenceState) => T): T {
  const connection = use(PresenceContext);
  const getState = connection ? connection.getState : () => OFF;
  return useSyncExternalStore(connection ? connection.subscribe : noSubscription, () => select(getState()));
}

/** Whether a provider runs the connection at all (the layout shows the indicator only then). */
export function useHasPresenceConnection(): boolean {
  return use(PresenceContext) !== null;
}

import { createContext, use, type ReactNode } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OpName } from '../contract/index.ts';
import type { BackendClient } from './backend-client.ts';
import type { BackendConfig } from './backend-config.ts';
import { loadBackendFeatures } from './backend-features.ts';
import { queryKeys } from './query-keys.ts';

export interface Backend {
  client: BackendClient;
  config: BackendConfig;
  /** Why the chosen backend is not usable, when boot found out (e.g. the mock could not start). */
  problem?: string | undefined;
  /** Things boot wants the admin to know, e.g. mock URL parameters that were ignored. */
  notices?: string[] | undefined;
}

const BackendContext = createContext<Backend | null>(null);

export function BackendProvider({ backend, children }: { backend: Backend; children: ReactNode }) {
  return <BackendContext value={backend}>{children}</BackendContext>;
}

export function useBackend(): Backend {
  const backend = use(BackendContext);
  if (!backend) throw new Error('useBackend needs a BackendProvider above it');
  return backend;
}

export function backendFeaturesQueryOptions(client: BackendClient) {
  return queryOptions({
    queryKey: queryKeys.backendFeatures(client.url),
    queryFn: ({ signal }) => loadBackendFeatures(client, signal),
    // What a backend implements does not change while the page is open.
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The backend's capabilities, asked once per page load. */
export function useBackendFeatures() {
  const { client } = useBackend();
  return useQuery(backendFeaturesQueryOptions(client));
}

/**
 * Whether the backend answers an extension op (a plain mesibo answers none): undefined until its
 * capabilities are known. Features hide or explain themselves on false rather than show the op's error.
 */
export function useSupportsOp(op: OpName): boolean | undefined {
  return useBackendFeatures().data?.capabilities.extensionOps.includes(op);
}

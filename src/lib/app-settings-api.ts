import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppSettings, OpParams } from '../contract/index.ts';
import type { BackendClient } from './backend-client.ts';
import { useBackend, useSupportsOp } from './backend-context.tsx';
import { queryKeys } from './query-keys.ts';
import { useSingleFlightMutation } from './use-single-flight-mutation.ts';

export interface AppSettingsState {
  app: AppSettings;
  /** How many users hold a value for each defined custom key. */
  customFieldUsage: Record<string, number>;
}

/**
 * The app-level settings (appget): custom field definitions and the default visibility. The settings
 * page edits them and the profile tab reads them (which keys to show, their limits, the effective
 * visibility), so the query lives here rather than in either feature.
 */
export function appSettingsQueryOptions(client: BackendClient) {
  return queryOptions({
    queryKey: queryKeys.app.settings(),
    queryFn: async ({ signal }): Promise<AppSettingsState> => {
      const { app, customFieldUsage } = await client.call('appget', {}, { signal });
      return { app, customFieldUsage };
    },
  });
}

/**
 * Asked only once the capabilities say the backend has appget: a plain mesibo is never sent an op it does
 * not know. Callers explain `useSupportsOp('appget') === false`, and show the capabilities' own failure
 * while it is still undefined.
 */
export function useAppSettings() {
  const { client } = useBackend();
  const supported = useSupportsOp('appget');
  return useQuery({ ...appSettingsQueryOptions(client), enabled: supported === true });
}

export type AppsetChange = OpParams<'appset'>['app'];

/**
 * appset: defines, changes or removes one custom field, or sets the default visibility. appset answers
 * the whole settings, which replace the cached ones at once (the profile tab reads the same cache, so
 * it shows a new field without a refetch).
 */
export function useUpdateAppSettings() {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: async (app: AppsetChange): Promise<AppSettingsState> => {
      const { app: settings, customFieldUsage } = await client.call('appset', { app });
      return { app: settings, customFieldUsage };
    },
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.app.settings(), settings);
    },
    onError: () => {
      // Another admin may have changed the settings (e.g. the 20-field limit was reached meanwhile). Not
      // awaited: the failure must show at once, and offline the refetch waits for the connection.
      void queryClient.invalidateQueries({ queryKey: queryKeys.app.settings() });
    },
  });
}

import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TokenInfo, TokenParams } from '../../../contract/index.ts';
import type { BackendClient } from '../../../lib/backend-client.ts';
import { useBackend, useBackendFeatures } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useUpdateUser } from '../../../lib/user-api.ts';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation.ts';

/** The user's issued tokens, one per device, masked (the `tokensget` extension). */
export function tokensQueryOptions(client: BackendClient, uid: number) {
  return queryOptions({
    queryKey: queryKeys.users.tokens(uid),
    queryFn: async ({ signal }): Promise<TokenInfo[]> => (await client.call('tokensget', { user: { uid } }, { signal })).tokens,
  });
}

/**
 * Whether the backend can list tokens: a plain mesibo issues and revokes them but keeps no inventory it
 * will tell. undefined while the capabilities are being asked.
 */
export function useCanListTokens(): boolean | undefined {
  const features = useBackendFeatures();
  if (features.error) return false;
  return features.data?.capabilities.extensionOps.includes('tokensget');
}

export function useTokens(uid: number, enabled: boolean) {
  const { client } = useBackend();
  return useQuery({ ...tokensQueryOptions(client, uid), enabled });
}

/**
 * Issues (or, for a device that has one, regenerates) a token: userset `user.token`. Its own mutation
 * rather than useUpdateUser so that the answer, which holds the token, is dropped from the mutation cache
 * as soon as the dialog is gone (gcTime 0). No `version` is sent: a token is not an edit of what someone
 * else may be changing, so it never needs the conflict check. Every user key is invalidated after, the
 * token list included.
 */
export function useIssueToken(uid: number) {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  const mutation = useSingleFlightMutation({
    mutationFn: (token: TokenParams) => client.call('userset', { user: { uid, token } }),
    gcTime: 0,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.all() });
    },
    // Not awaited: a failure must show at once, and offline the refetch waits for the connection.
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.all() });
    },
  });
  return {
    isPending: mutation.isPending,
    issue: async (token: TokenParams): Promise<string | undefined> => (await mutation.mutateAsync(token)).user.token,
  };
}

/** Revokes one device's token, or every token of the user when `device` is undefined (`token.remove`). */
export function useRevokeTokens(uid: number) {
  const update = useUpdateUser(uid);
  return {
    ...update,
    revoke: async (device: string | undefined): Promise<void> => {
      await update.mutateAsync({ token: device === undefined ? { remove: true } : { remove: true, device } });
    },
  };
}

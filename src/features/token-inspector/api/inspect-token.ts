import { useQueryClient } from '@tanstack/react-query';
import type { OpAnswer, OpParams } from '../../../contract/index.ts';
import { useBackend, useBackendFeatures } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';
import { useSingleFlightMutation } from '../../../lib/use-single-flight-mutation.ts';

export type InspectAnswer = OpAnswer<'tokeninspect'>;

/**
 * Asks the backend whose a token is (tokeninspect). A mutation, not a query, on purpose: the token is a
 * secret, and a query would keep it in its cache key; here it lives only in the form and this call.
 * A recorded login changes the token's last login and expiry, so that user's token list is refreshed.
 */
export function useInspectToken() {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (params: OpParams<'tokeninspect'>) => client.call('tokeninspect', params),
    onSuccess: async (answer, params) => {
      if (answer.token && params.login?.record) {
        await queryClient.invalidateQueries({ queryKey: queryKeys.users.tokens(answer.token.uid) });
      }
    },
  });
}

/** undefined while the capabilities are being asked. */
export function useCanInspectTokens(): boolean | undefined {
  const features = useBackendFeatures();
  if (features.error) return false;
  return features.data?.capabilities.extensionOps.includes('tokeninspect');
}

import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OpAnswer, OpParams, User } from '../contract/index.ts';
import type { BackendClient } from './backend-client.ts';
import { useBackend, useBackendFeatures } from './backend-context.tsx';
import { queryKeys } from './query-keys.ts';
import { useSingleFlightMutation } from './use-single-flight-mutation.ts';

/**
 * One user, shared by every tab of the user page and by the directory's caches. null when no user has the
 * uid (usersget answers an empty list, not an error).
 */
export function userQueryOptions(client: BackendClient, uid: number) {
  return queryOptions({
    queryKey: queryKeys.users.detail(uid),
    queryFn: async ({ signal }): Promise<User | null> => {
      const answer = await client.call('usersget', { user: { uid }, count: 1 }, { signal });
      return answer.users.find((user) => user.uid === uid) ?? null;
    },
  });
}

export function useUser(uid: number | null) {
  const { client } = useBackend();
  return useQuery({ ...userQueryOptions(client, uid ?? 1), enabled: uid !== null });
}

export type UsersetUser = OpParams<'userset'>['user'];

/**
 * userset for one user. Callers pass the `version` they edited (from the loaded user) so a change made
 * meanwhile by someone else is refused with a BackendError of code CONFLICT instead of being overwritten.
 * A backend without conflict detection (a plain mesibo) is not sent the version: the last save wins there.
 * Every cached list and this user are invalidated after (a failed save may still have landed, or met a
 * change made elsewhere); a success resolves once they are refetched. The caller adds toasts / form
 * resets through mutate options.
 */
export function useUpdateUser(uid: number) {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  const conflictDetection = useBackendFeatures().data?.capabilities.conflictDetection;
  return useSingleFlightMutation({
    mutationFn: ({ version, ...user }: Omit<UsersetUser, 'uid' | 'address'>): Promise<OpAnswer<'userset'>> =>
      client.call('userset', { user: { ...user, uid, ...(conflictDetection === false ? {} : { version }) } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.users.all() });
    },
    // Not awaited: a failure must show at once, and offline the refetch waits for the connection.
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.all() });
    },
  });
}

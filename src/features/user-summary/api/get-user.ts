import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '../../../contract/index.ts';
import type { BackendClient } from '../../../lib/backend-client.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';

/** One user by uid; null when no user has it (usersget answers an empty list, not an error). */
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
  // An invalid uid never fetches; the placeholder uid only keeps the options well typed.
  return useQuery({ ...userQueryOptions(client, uid ?? 1), enabled: uid !== null });
}

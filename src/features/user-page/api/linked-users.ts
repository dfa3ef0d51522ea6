import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '../../../contract/index.ts';
import type { BackendClient } from '../../../lib/backend-client.ts';
import { useBackend, useBackendFeatures } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';

export interface LinkedUsers {
  users: User[];
  total: number;
}

/** A parent's linked (multi-device) users ([ext] usersget filter.parent). Under users.all(), so any change refreshes it. */
export function linkedUsersQueryOptions(client: BackendClient, parent: number) {
  return queryOptions({
    queryKey: [...queryKeys.users.detail(parent), 'linked'] as const,
    queryFn: async ({ signal }): Promise<LinkedUsers> => {
      const answer = await client.call('usersget', { filter: { parent }, count: 100 }, { signal });
      return { users: answer.users, total: answer.total ?? answer.users.length };
    },
  });
}

/**
 * null: no parent to ask about (e.g. the user is itself linked, or not loaded yet). Never asked of a
 * backend without the parent filter: a plain mesibo would ignore it and answer its first users, which
 * would read as this user's group. The data then stays undefined: unknown, not "none".
 */
export function useLinkedUsers(parent: number | null) {
  const { client } = useBackend();
  const filterable = useBackendFeatures().data?.capabilities.usersget.filters.includes('parent') ?? false;
  return useQuery({ ...linkedUsersQueryOptions(client, parent ?? 1), enabled: parent !== null && filterable });
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Capabilities, OpParams, User } from '../../../contract/index.ts';
import type { BackendClient } from '../../../lib/backend-client.ts';
import { useBackend } from '../../../lib/backend-context.tsx';
import { PLAIN_MESIBO_CAPABILITIES, type BackendFeatures } from '../../../lib/backend-features.ts';
import { queryKeys, type UsersListParams } from '../../../lib/query-keys.ts';

export interface UsersPage {
  users: User[];
  /** Matching users in all pages; undefined when the backend does not count (plain mesibo). */
  total: number | undefined;
  /** 0-based position of the first user of this page. */
  offset: number;
  next: string | null;
  prev: string | null;
}

/**
 * The usersget request for a directory view, using only what the backend implements: a plain mesibo
 * gets an address wildcard and a count, an extended backend gets search, filter, sort and cursor.
 */
export function buildUsersgetParams(params: UsersListParams, capabilities: Capabilities): OpParams<'usersget'> {
  const supports = capabilities.usersget;
  const request: OpParams<'usersget'> = { count: Math.min(params.size, supports.maxCount) };
  if (params.q) {
    if (supports.search) request.search = params.q;
    else request.user = { address: params.q.includes('*') ? params.q : `*${params.q}*` };
  }
  const filter: NonNullable<OpParams<'usersget'>['filter']> = {};
  if (params.active !== 'all' && supports.filters.includes('active')) filter.active = params.active === 'active';
  if (params.platform !== 'any' && supports.filters.includes('platform')) filter.platform = params.platform;
  if (params.token !== 'any' && supports.filters.includes('token')) filter.token = params.token;
  if (params.presence !== 'any' && supports.filters.includes('presence')) filter.presence = params.presence;
  if (Object.keys(filter).length > 0) request.filter = filter;
  if (params.sort && supports.sort.includes(params.sort)) request.sort = { by: params.sort, order: params.order };
  if (params.cursor && supports.cursor) request.cursor = params.cursor;
  return request;
}

export function usersListQueryOptions(client: BackendClient, params: UsersListParams, features: BackendFeatures) {
  return queryOptions({
    queryKey: queryKeys.users.list(params, features.extended),
    // The signal cancels the request when the query is superseded (typing on in the search box).
    queryFn: async ({ signal }): Promise<UsersPage> => {
      const answer = await client.call('usersget', buildUsersgetParams(params, features.capabilities), { signal });
      const cursors = features.capabilities.usersget.cursor;
      return {
        users: answer.users,
        total: answer.total,
        offset: answer.offset ?? 0,
        next: cursors ? (answer.next ?? null) : null,
        prev: cursors ? (answer.prev ?? null) : null,
      };
    },
    // Keep the current page on screen while the next one loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
}

const PLAIN_BACKEND: BackendFeatures = { extended: false, capabilities: PLAIN_MESIBO_CAPABILITIES };

/** One page of the directory; waits for the backend's capabilities, which shape the request. */
export function useUsersList(params: UsersListParams, features: BackendFeatures | undefined) {
  const { client } = useBackend();
  // Until the capabilities arrive the query is disabled; the stand-in only gives it a well-typed shape.
  const options = usersListQueryOptions(client, params, features ?? PLAIN_BACKEND);
  return useQuery({ ...options, enabled: features !== undefined });
}

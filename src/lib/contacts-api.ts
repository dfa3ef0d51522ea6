import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContactEntry } from '../contract/index.ts';
import type { BackendClient } from './backend-client.ts';
import { useBackend } from './backend-context.tsx';
import { queryKeys } from './query-keys.ts';

/**
 * A user's contacts (contactsget), or with `reverse` the users who have this user as a contact. Shared
 * by the Contacts tab and the Permissions tab (which counts the pairs for `peers: 1`), so it lives here.
 * Changes go through `useUpdateUser` (userset `contact`), whose invalidation of every user key refreshes
 * both lists.
 */
export function contactsQueryOptions(client: BackendClient, uid: number, { reverse = false }: { reverse?: boolean } = {}) {
  return queryOptions({
    queryKey: reverse ? queryKeys.users.reverseContacts(uid) : queryKeys.users.contacts(uid),
    queryFn: async ({ signal }): Promise<ContactEntry[]> => {
      const answer = await client.call('contactsget', { user: { uid }, reverse }, { signal });
      return answer.contacts;
    },
  });
}

export function useContacts(uid: number | null, options: { reverse?: boolean } = {}) {
  const { client } = useBackend();
  return useQuery({ ...contactsQueryOptions(client, uid ?? 1, options), enabled: uid !== null });
}

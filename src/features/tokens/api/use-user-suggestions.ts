import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SEARCH_MAX_LENGTH, type User } from '../../../contract/index.ts';
import { useBackend, useBackendFeatures } from '../../../lib/backend-context.tsx';
import { queryKeys } from '../../../lib/query-keys.ts';

const DEBOUNCE_MS = 250;
const SUGGESTIONS = 8;

/**
 * Users matching what the admin typed into "Link to user", asked once typing pauses; superseded requests
 * are cancelled through the signal. A backend without search gets an address wildcard instead. The key
 * sits under `users.lookup`, so any change to a user refreshes the suggestions.
 */
export function useUserSuggestions(text: string, exclude: (user: User) => boolean) {
  const { client } = useBackend();
  const searchable = useBackendFeatures().data?.capabilities.usersget.search ?? false;
  const term = useDebounced(text.trim(), DEBOUNCE_MS).slice(0, SEARCH_MAX_LENGTH);
  const query = useQuery({
    queryKey: [...queryKeys.users.lookup(term), searchable ? 'search' : 'address'] as const,
    queryFn: async ({ signal }) => {
      const params = searchable
        ? { search: term, count: SUGGESTIONS + 2 }
        : { user: { address: term.includes('*') ? term : `*${term}*` }, count: SUGGESTIONS + 2 };
      return (await client.call('usersget', params, { signal })).users;
    },
    enabled: term !== '',
    placeholderData: keepPreviousData,
  });
  const suggestions = term === '' ? [] : (query.data ?? []).filter((user) => !exclude(user)).slice(0, SUGGESTIONS);
  return { suggestions, settled: term === text.trim() && !query.isFetching };
}

function useDebounced(value: string, delayMs: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

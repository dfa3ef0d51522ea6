import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SEARCH_MAX_LENGTH, type User } from '../contract/index.ts';
import { useBackend, useBackendFeatures } from './backend-context.tsx';
import { queryKeys } from './query-keys.ts';

const DEBOUNCE_MS = 250;
const SUGGESTIONS = 8;

/**
 * Directory users matching what the admin has typed into a user field ("Add contact", "Link to user"),
 * asked once typing pauses (usersget `search`: address, name, email or unique ID); superseded requests
 * are cancelled through the signal. A backend without search gets an address wildcard instead. The key
 * sits under `users.lookup`, so any change to a user refreshes the suggestions.
 *
 * `settled`: the suggestions answer what is typed now (for the "3 suggestions" announcement).
 */
export function useUserSuggestions(text: string, exclude: (user: User) => boolean) {
  const { client } = useBackend();
  const searchable = useBackendFeatures().data?.capabilities.usersget.search ?? false;
  const term = useDebounced(text.trim(), DEBOUNCE_MS).slice(0, SEARCH_MAX_LENGTH);
  const query = useQuery({
    queryKey: [...queryKeys.users.lookup(term), searchable ? 'search' : 'address'] as const,
    queryFn: async ({ signal }) => {
      // Two spare rows: the excluded users (the user itself, its contacts) do not shorten the list.
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
